package org.pactum.api.auth.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code auth.oidc} section, checked ({@link OidcConfig#toSettings}).
 *
 * @param issuer the issuer's URL: tokens' {@code iss}, and where the discovery document is
 * @param audiences a token's {@code aud} must hold one of these
 * @param client Pactum's client id and secret, for the UI's sign-in
 * @param mapping claims → role, teams and name
 * @param clockSkew how far {@code exp} and {@code nbf} may be off this server's clock
 * @param cacheSize how many verified tokens are kept
 */
public record OidcSettings(
    URI issuer,
    Set<String> audiences,
    Optional<ClientCredentials> client,
    ClaimMapping mapping,
    Duration clockSkew,
    int cacheSize) {
  public OidcSettings {
    audiences = Set.copyOf(audiences);
  }
}
