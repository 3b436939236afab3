package org.pactum.api.auth.authz;

import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.RoleMatrix;
import org.pactum.api.auth.filter.PrincipalSecurityContext;

/**
 * Authorization's entry points: the Jersey providers to register beside the authentication filter,
 * and the principal a resource hands to a service that scopes by team.
 */
public final class Authorization {
  private Authorization() {}

  /**
   * The rule binder, the 403 mapper and the 401 mapper of a missing principal: register them
   * wherever the authentication filter is.
   */
  public static List<Object> providers() {
    return List.of(
        new AuthorizationFeature(), new NotAllowedMapper(), new MissingPrincipalMapper());
  }

  /**
   * The principal a request runs as. With {@link AuthorizationFeature} installed, a resource method
   * only runs for a request that has one (the filter answers 401 otherwise). A request without one
   * is refused, never run as someone: an application without the authentication filter in front
   * (which sets {@link Principal#unauthenticated()} in {@code auth.mode: none}) gets 401s.
   *
   * @throws MissingPrincipalException the request carries no principal (401)
   */
  public static Principal principal(SecurityContext security) {
    return PrincipalSecurityContext.principalOf(security)
        .orElseThrow(MissingPrincipalException::new);
  }

  /**
   * Whether the request's principal may also take {@code action} (refused as {@link
   * #principal(SecurityContext)} when it has none): for parts of an answer that follow the role
   * beyond the method's own rule (failed-row samples need {@link Action#READ_PII}).
   */
  public static boolean may(SecurityContext security, Action action) {
    return RoleMatrix.allows(principal(security).role(), action);
  }
}
