package org.pactum.api.auth.filter;

import java.util.Optional;
import org.pactum.api.auth.SessionLimits;
import org.pactum.api.auth.oidc.OidcSettings;

/**
 * The {@code auth:} section, checked ({@link AuthConfig#toSettings}).
 *
 * @param oidc the OpenID Connect issuer people sign in with; empty: API tokens only
 * @param sessions how long the UI's sign-in lasts
 */
public record AuthSettings(
    AuthMode mode, Optional<OidcSettings> oidc, AttemptLimits attempts, SessionLimits sessions) {
  /** Authentication required, API tokens only, the default limits. */
  public static AuthSettings defaults() {
    return new AuthConfig().toSettings();
  }
}
