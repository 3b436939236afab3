package org.pactum.api.auth.filter;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.pactum.api.auth.Principal;

/**
 * The JAX-RS {@link SecurityContext} of an authenticated request: its user principal is the {@link
 * Principal}; {@code isUserInRole} compares a role's wire name ({@code admin}, …).
 */
public final class PrincipalSecurityContext implements SecurityContext {
  private final Principal principal;
  private final boolean secure;
  private final String scheme;

  PrincipalSecurityContext(Principal principal, boolean secure, String scheme) {
    this.principal = principal;
    this.secure = secure;
    this.scheme = scheme;
  }

  /** The principal a request runs as, if the edge authenticated it. */
  public static Optional<Principal> principalOf(SecurityContext context) {
    return context != null && context.getUserPrincipal() instanceof Principal p
        ? Optional.of(p)
        : Optional.empty();
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return principal.role().wireName().equals(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  /** {@code BASIC}, {@code Bearer}, or null when nobody was asked ({@code auth.mode: none}). */
  @Override
  public String getAuthenticationScheme() {
    return scheme;
  }
}
