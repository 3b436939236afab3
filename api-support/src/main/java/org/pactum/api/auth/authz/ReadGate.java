package org.pactum.api.auth.authz;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.RoleMatrix;

/**
 * Whether a servlet filter that answers before Jersey (the registry's {@code GET /schemas/ids/{id}}
 * fast path) may serve a request itself: only when its credentials are accepted and the matrix
 * grants their role {@link Action#READ}. Anything else is not refused here: the filter passes the
 * request on to Jersey, whose authentication and authorization filters answer it (401, 429, 403)
 * with the one error model and count failures.
 */
@FunctionalInterface
public interface ReadGate {
  boolean mayRead(HttpServletRequest request);

  /** {@code auth.mode: none}: nobody is asked, everyone reads. */
  static ReadGate open() {
    return request -> true;
  }

  /** Nobody is served by the fast path: every request goes through Jersey. */
  static ReadGate closed() {
    return request -> false;
  }

  /**
   * Asks the authenticators in turn, as the authentication filter does (they cache verified
   * credentials, so a repeated one costs a lookup).
   */
  static ReadGate authenticating(List<Authenticator> authenticators) {
    List<Authenticator> all = List.copyOf(authenticators);
    return request -> {
      Optional<Credentials> credentials =
          Credentials.of(Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)));
      if (credentials.isEmpty() || credentials.get() instanceof Credentials.Unreadable) {
        return false;
      }
      for (Authenticator a : all) {
        AuthResult r = a.authenticate(credentials.get());
        if (r instanceof AuthResult.Accepted accepted) {
          return RoleMatrix.allows(accepted.principal().role(), Action.READ);
        }
        if (!(r instanceof AuthResult.NotMine)) {
          return false;
        }
      }
      return false;
    };
  }
}
