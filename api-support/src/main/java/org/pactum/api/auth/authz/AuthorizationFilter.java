package org.pactum.api.auth.authz;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;
import org.pactum.api.ApiDialect;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.RoleMatrix;
import org.pactum.api.auth.filter.AuthRefusals;
import org.pactum.api.auth.filter.PrincipalSecurityContext;
import org.pactum.api.input.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resource method's rule, bound by {@link AuthorizationFeature}: no principal → 401 (the
 * request reached a resource on a public path, or without the authentication filter); a role the
 * matrix does not grant the action → 403 {@code not allowed to <action>}; otherwise the request
 * goes on. Team scoping is the resource's service's, after this.
 */
final class AuthorizationFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFilter.class);

  private final Action action;

  AuthorizationFilter(Action action) {
    this.action = action;
  }

  Action action() {
    return action;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    ApiDialect dialect = ApiDialect.of(request.getUriInfo().getPath(true));
    Optional<Principal> principal =
        PrincipalSecurityContext.principalOf(request.getSecurityContext());
    if (principal.isEmpty()) {
      request.abortWith(AuthRefusals.missing(dialect));
      return;
    }
    Principal p = principal.get();
    if (!RoleMatrix.allows(p.role(), action)) {
      LOG.atInfo()
          .addKeyValue("event", "access_refused")
          .addKeyValue("principal", p.name())
          .addKeyValue("role", p.role().wireName())
          .addKeyValue("action", action.wireName())
          .addKeyValue("method", request.getMethod())
          .addKeyValue("path", Texts.printable(request.getUriInfo().getPath(true)))
          .log("access refused");
      request.abortWith(AuthRefusals.notAllowed(dialect, action));
    }
  }
}
