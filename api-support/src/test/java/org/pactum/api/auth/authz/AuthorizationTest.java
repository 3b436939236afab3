package org.pactum.api.auth.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.pactum.api.EdgeCodes;
import org.pactum.api.ErrorMessage;
import org.pactum.api.auth.Action;

/** A request without a principal is refused (401), never run as the mode-none administrator. */
class AuthorizationTest {
  /** What a container without the authentication filter hands a resource. */
  private static final SecurityContext NOBODY =
      new SecurityContext() {
        @Override
        public java.security.Principal getUserPrincipal() {
          return null;
        }

        @Override
        public boolean isUserInRole(String role) {
          return false;
        }

        @Override
        public boolean isSecure() {
          return false;
        }

        @Override
        public String getAuthenticationScheme() {
          return null;
        }
      };

  @Test
  void aRequestWithoutAPrincipalIsRefused() {
    assertThatThrownBy(() -> Authorization.principal(NOBODY))
        .isInstanceOf(MissingPrincipalException.class);
    assertThatThrownBy(() -> Authorization.principal(null))
        .isInstanceOf(MissingPrincipalException.class);
    assertThatThrownBy(() -> Authorization.may(NOBODY, Action.READ_PII))
        .isInstanceOf(MissingPrincipalException.class);
  }

  @Test
  void theRefusalIsA401WithTheChallenges() {
    Response r = new MissingPrincipalMapper().toResponse(new MissingPrincipalException());
    assertThat(r.getStatus()).isEqualTo(401);
    assertThat(r.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).hasSize(2);
    assertThat(((ErrorMessage) r.getEntity()).errorCode()).isEqualTo(EdgeCodes.UNAUTHENTICATED);
    assertThat(Authorization.providers()).anyMatch(p -> p instanceof MissingPrincipalMapper);
  }
}
