package org.pactum.api.auth.filter;

import java.util.Optional;
import org.pactum.api.auth.oidc.OidcSettings;

/**
 * The {@code auth:} section, checked ({@link AuthConfig#toSettings}).
 *
 * @param oidc the OpenID Connect issuer people sign in with; empty: API tokens only
 */
public record AuthSettings(AuthMode mode, Optional<OidcSettings> oidc, AttemptLimits attempts) {
  /** Authentication required, API tokens only, the default limits. */
  public static AuthSettings defaults() {
    return new AuthConfig().toSettings();
  }
}
