package org.pactum.api.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.util.Duration;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;

class OidcConfigTest {
  private static OidcConfig valid() {
    OidcConfig c = new OidcConfig();
    c.issuer = "https://login.example.com/realms/data";
    c.audience = List.of("pactum");
    return c;
  }

  private static void refused(OidcConfig c, String field, String text) {
    assertThatThrownBy(c::toSettings)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("auth.oidc." + field + ": ")
        .hasMessageContaining(text);
  }

  @Test
  void theYamlSectionReadsIntoCheckedSettings() throws Exception {
    ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());
    OidcConfig c =
        yaml.readValue(
            """
            issuer: https://login.example.com/realms/data
            audience: pactum
            clientId: pactum-ui
            clientSecret: s3cr3t
            roleClaim: realm_access.roles
            teamClaim: teams
            groupMappings:
              data-platform: {role: admin}
              checkout-devs: {role: producer, teams: [checkout, payments]}
              risk: {teams: risk}
            defaultRole: reader
            clockSkew: 30s
            """,
            OidcConfig.class);
    OidcSettings s = c.toSettings();
    assertThat(s.issuer()).isEqualTo(URI.create("https://login.example.com/realms/data"));
    assertThat(s.audiences()).containsExactly("pactum");
    assertThat(s.client().orElseThrow().id()).isEqualTo("pactum-ui");
    assertThat(s.client().orElseThrow().secret()).contains("s3cr3t");
    assertThat(s.client().orElseThrow().toString()).doesNotContain("s3cr3t");
    assertThat(s.clockSkew()).isEqualTo(java.time.Duration.ofSeconds(30));
    assertThat(s.mapping().roleClaim()).isEqualTo("realm_access.roles");
    assertThat(s.mapping().teamClaim()).contains("teams");
    assertThat(s.mapping().defaultRole()).contains(Role.READER);
    assertThat(s.mapping().groups().get("checkout-devs"))
        .isEqualTo(
            GroupMapping.of(
                Role.PRODUCER, Set.of(TeamName.of("checkout"), TeamName.of("payments"))));
    assertThat(s.mapping().groups().get("risk").role()).isEmpty();
  }

  @Test
  void theDefaultsAreGroupsPreferredUsernameAMinuteOfSkew() {
    OidcSettings s = valid().toSettings();
    assertThat(s.mapping().roleClaim()).isEqualTo("groups");
    assertThat(s.mapping().nameClaim()).isEqualTo("preferred_username");
    assertThat(s.mapping().teamClaim()).isEmpty();
    assertThat(s.mapping().defaultRole()).isEmpty();
    assertThat(s.clockSkew()).isEqualTo(java.time.Duration.ofSeconds(60));
    assertThat(s.client()).isEmpty();
  }

  @Test
  void theIssuerIsAnHttpsUrlOrLoopbackHttp() {
    OidcConfig c = valid();
    c.issuer = null;
    refused(c, "issuer", "required");
    c.issuer = "login.example.com";
    refused(c, "issuer", "absolute URL");
    c.issuer = "http://login.example.com";
    refused(c, "issuer", "https");
    c.issuer = "https://login.example.com/x?a=b";
    refused(c, "issuer", "no query");
    c.issuer = "https://exa mple.com";
    refused(c, "issuer", "not a URL");
    c.issuer = "http://localhost:8180/realms/dev";
    assertThat(c.toSettings().issuer().getPort()).isEqualTo(8180);
    c.issuer = "http://127.0.0.1:1/x";
    assertThat(c.toSettings().issuer().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void anAudienceIsRequiredSoOtherApplicationsTokensAreRefused() {
    OidcConfig c = valid();
    c.audience = List.of();
    refused(c, "audience", "required");
    c.audience = List.of(" ");
    refused(c, "audience", "non-empty");
  }

  @Test
  void aClientSecretNeedsAClientId() {
    OidcConfig c = valid();
    c.clientSecret = "x";
    refused(c, "clientSecret", "clientId");
    c.clientId = "pactum";
    c.clientSecret = null;
    assertThat(c.toSettings().client().orElseThrow().secret()).isEmpty();
  }

  @Test
  void groupMappingsNameRealRolesAndTeams() {
    OidcConfig c = valid();
    OidcConfig.GroupMappingConfig g = new OidcConfig.GroupMappingConfig();
    g.role = "superuser";
    c.groupMappings = Map.of("ops", g);
    refused(c, "groupMappings.ops.role", "'superuser' is not a role; roles: admin, steward");
    g.role = "producer";
    g.teams = List.of("check out");
    refused(c, "groupMappings.ops.teams", "'check out' is not a team name");
    g.role = null;
    g.teams = List.of();
    refused(c, "groupMappings.ops", "needs a role, teams, or both");
  }

  @Test
  void theDefaultRoleIsARoleButNeverAdmin() {
    OidcConfig c = valid();
    c.defaultRole = "guest";
    refused(c, "defaultRole", "not a role");
    c.defaultRole = "admin";
    refused(c, "defaultRole", "administrator");
    c.defaultRole = "ci";
    assertThat(c.toSettings().mapping().defaultRole()).isEqualTo(Optional.of(Role.CI));
  }

  @Test
  void clockSkewAndCacheSizeAreBounded() {
    OidcConfig c = valid();
    c.clockSkew = Duration.minutes(11);
    refused(c, "clockSkew", "from 0s");
    c.clockSkew = Duration.seconds(0);
    assertThat(c.toSettings().clockSkew()).isZero();
    c.verifiedTokenCache = 0;
    refused(c, "verifiedTokenCache", "from 1");
  }

  @Test
  void blankClaimNamesAreRefused() {
    OidcConfig c = valid();
    c.roleClaim = " ";
    refused(c, "roleClaim", "required");
  }
}
