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

  /** The rule binder and the 403 mapper: register both wherever the authentication filter is. */
  public static List<Object> providers() {
    return List.of(new AuthorizationFeature(), new NotAllowedMapper());
  }

  /**
   * The principal a request runs as. With {@link AuthorizationFeature} installed, a resource method
   * only runs for a request that has one (the filter answers 401 otherwise). Without it — a
   * module's resource tests, or an application that installs no authentication — nobody is asked,
   * which is {@code auth.mode: none}: {@link Principal#unauthenticated()}.
   */
  public static Principal principal(SecurityContext security) {
    return PrincipalSecurityContext.principalOf(security).orElseGet(Principal::unauthenticated);
  }

  /**
   * Whether the request's principal may also take {@code action}: for parts of an answer that
   * follow the role beyond the method's own rule (failed-row samples need {@link Action#READ_PII}).
   */
  public static boolean may(SecurityContext security, Action action) {
    return RoleMatrix.allows(principal(security).role(), action);
  }
}
