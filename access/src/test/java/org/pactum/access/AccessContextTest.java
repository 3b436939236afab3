package org.pactum.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.access.api.AccessExceptionMapper;
import org.pactum.access.api.AuditResource;
import org.pactum.access.api.TokensResource;
import org.pactum.access.core.ApiTokenAuthenticator;
import org.pactum.access.core.SessionAuthenticator;
import org.pactum.api.auth.filter.AuthConfig;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.api.auth.oidc.JwtAuthenticator;
import org.pactum.api.auth.oidc.OidcConfig;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The graph the context builds from the {@code auth:} section. */
@ExtendWith(PostgresExtension.class)
class AccessContextTest {
  private final Jdbi jdbi;

  AccessContextTest(TestDatabase db) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
  }

  @Test
  void byDefaultOnlyApiTokensAuthenticateAndAuthenticationIsRequired() {
    AccessContext c = AccessContext.build(jdbi, new AuthConfig(), Clock.systemUTC());
    assertThat(c.settings().mode()).isEqualTo(AuthMode.REQUIRED);
    assertThat(c.authenticators())
        .hasExactlyElementsOfTypes(ApiTokenAuthenticator.class, SessionAuthenticator.class);
    assertThat(c.oidcSignIn()).isEmpty();
    assertThat(c.resources())
        .hasExactlyElementsOfTypes(
            TokensResource.class, AuditResource.class, AccessExceptionMapper.class);
  }

  @Test
  void withAnIssuerJwtsAreAskedAfterApiTokens() {
    AuthConfig config = new AuthConfig();
    config.oidc = new OidcConfig();
    config.oidc.issuer = "https://login.example.com/realms/data";
    config.oidc.audience = List.of("pactum");
    AccessContext c = AccessContext.build(jdbi, config, Clock.systemUTC());
    assertThat(c.authenticators())
        .hasExactlyElementsOfTypes(
            ApiTokenAuthenticator.class, SessionAuthenticator.class, JwtAuthenticator.class);
    assertThat(c.oidcSignIn()).as("no client id: no browser sign-in").isEmpty();
    config.oidc.clientId = "pactum-ui";
    assertThat(AccessContext.build(jdbi, config, Clock.systemUTC()).oidcSignIn()).isPresent();
  }

  @Test
  void aBadSectionFailsAtStartNamingTheField() {
    AuthConfig config = new AuthConfig();
    config.mode = "off";
    assertThatThrownBy(() -> AccessContext.build(jdbi, config, Clock.systemUTC()))
        .hasMessageStartingWith("auth.mode: ");
  }
}
