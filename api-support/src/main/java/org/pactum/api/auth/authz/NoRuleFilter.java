package org.pactum.api.auth.authz;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import org.pactum.api.ApiDialect;
import org.pactum.api.auth.filter.AuthRefusals;

/** A resource method without {@link Requires}: refused to everyone, admins included. */
final class NoRuleFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    request.abortWith(AuthRefusals.noRule(ApiDialect.of(request.getUriInfo().getPath(true))));
  }
}
