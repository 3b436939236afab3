package org.pactum.api.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.PrincipalKind;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;

class ClaimMappingTest {
  private static final ClaimMapping MAPPING =
      new ClaimMapping(
          "groups",
          Optional.of("teams"),
          "preferred_username",
          Map.of(
              "data-platform", GroupMapping.of(Role.ADMIN, Set.of()),
              "checkout-devs", GroupMapping.of(Role.PRODUCER, Set.of(TeamName.of("checkout"))),
              "payments-devs", GroupMapping.of(Role.PRODUCER, Set.of(TeamName.of("payments"))),
              "risk", GroupMapping.of(null, Set.of(TeamName.of("risk")))),
          Optional.empty());

  private static Principal map(Map<String, Object> claims) {
    return MAPPING.principal(claims).orElseThrow();
  }

  @Test
  void mappedGroupsGrantTheirRoleAndTeams() {
    Principal p =
        map(
            Map.of(
                "sub", "u-1",
                "preferred_username", "ana",
                "groups", List.of("checkout-devs", "payments-devs", "risk", "unrelated")));
    assertThat(p.name()).isEqualTo("ana");
    assertThat(p.kind()).isEqualTo(PrincipalKind.PERSON);
    assertThat(p.role()).isEqualTo(Role.PRODUCER);
    assertThat(p.teams())
        .containsExactly(TeamName.of("checkout"), TeamName.of("payments"), TeamName.of("risk"));
  }

  @Test
  void aValueNamingARoleGrantsItAndTheFirstRoleInTheMatrixWins() {
    assertThat(map(Map.of("sub", "u", "groups", "privacy")).role()).isEqualTo(Role.PRIVACY);
    assertThat(map(Map.of("sub", "u", "groups", List.of("reader", "steward"))).role())
        .isEqualTo(Role.STEWARD);
    assertThat(map(Map.of("sub", "u", "groups", List.of("ci", "data-platform"))).role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void theTeamClaimNamesTeamsDirectlyAndSkipsInvalidNames() {
    Principal p =
        map(Map.of("sub", "u", "groups", "producer", "teams", List.of("fraud", "not a team", 7)));
    assertThat(p.teams()).containsExactly(TeamName.of("fraud"));
  }

  @Test
  void noRoleMeansNoPrincipalUnlessADefaultRoleIsSet() {
    Map<String, Object> claims = Map.of("sub", "u", "groups", List.of("risk", "unknown"));
    assertThat(MAPPING.principal(claims)).isEmpty();
    assertThat(MAPPING.principal(Map.of("sub", "u"))).isEmpty();
    ClaimMapping withDefault =
        new ClaimMapping(
            "groups", Optional.empty(), "name", MAPPING.groups(), Optional.of(Role.READER));
    Principal p = withDefault.principal(claims).orElseThrow();
    assertThat(p.role()).isEqualTo(Role.READER);
    assertThat(p.teams()).containsExactly(TeamName.of("risk"));
  }

  @Test
  void aDottedRoleClaimReachesIntoObjectsUnlessAClaimHasThatName() {
    ClaimMapping keycloak =
        new ClaimMapping(
            "realm_access.roles", Optional.empty(), "name", Map.of(), Optional.empty());
    assertThat(
            keycloak
                .principal(Map.of("sub", "u", "realm_access", Map.of("roles", List.of("steward"))))
                .orElseThrow()
                .role())
        .isEqualTo(Role.STEWARD);
    ClaimMapping auth0 =
        new ClaimMapping(
            "https://pactum.example.com/roles",
            Optional.empty(),
            "name",
            Map.of(),
            Optional.empty());
    assertThat(
            auth0
                .principal(Map.of("sub", "u", "https://pactum.example.com/roles", List.of("ci")))
                .orElseThrow()
                .role())
        .isEqualTo(Role.CI);
    assertThat(keycloak.principal(Map.of("sub", "u", "realm_access", "steward"))).isEmpty();
  }

  @Test
  void theNameIsTheNameClaimElseEmailElseAPseudonymNeverTheSubject() {
    assertThat(map(Map.of("sub", "u", "groups", "ci", "email", "bo@example.com")).name())
        .isEqualTo("bo@example.com");
    String subject = "f81d4fae-7dec-11d0-a765-00a0c91e6bf6";
    Principal anonymous =
        map(
            Map.of(
                "iss", "https://idp", "sub", subject, "groups", "ci", "preferred_username", " "));
    assertThat(anonymous.name())
        .matches("oidc:[0-9a-f]{12}")
        .doesNotContain(subject.substring(0, 8));
    Principal again = map(Map.of("iss", "https://idp", "sub", subject, "groups", "ci"));
    assertThat(again.name()).as("the pseudonym is stable").isEqualTo(anonymous.name());
    Principal other = map(Map.of("iss", "https://idp", "sub", subject + "x", "groups", "ci"));
    assertThat(other.name()).isNotEqualTo(anonymous.name());
  }
}
