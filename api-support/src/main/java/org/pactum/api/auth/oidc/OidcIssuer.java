package org.pactum.api.auth.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.Optional;

/**
 * The configured OpenID Connect issuer, discovered once and shared: its keys verify API callers'
 * bearer JWTs ({@link #authenticator}) and the ID tokens of the UI's sign-in ({@link #signIn}).
 */
public final class OidcIssuer {
  private final OidcSettings settings;
  private final OidcDiscovery discovery;
  private final JWKSource<SecurityContext> keys;
  private final Clock clock;

  private OidcIssuer(OidcSettings settings, OidcDiscovery discovery, Clock clock) {
    this.settings = settings;
    this.discovery = discovery;
    this.keys = new DiscoveredKeys(discovery);
    this.clock = clock;
  }

  /** The issuer of these settings; its discovery document is fetched on first use. */
  public static OidcIssuer of(OidcSettings settings, Clock clock) {
    return new OidcIssuer(settings, new OidcDiscovery(settings.issuer(), clock), clock);
  }

  /** The edge's reader of bearer JWTs from this issuer. */
  public JwtAuthenticator authenticator() {
    return new JwtAuthenticator(settings, keys, clock);
  }

  /** The UI's sign-in through this issuer: empty without {@code auth.oidc.clientId}. */
  public Optional<OidcSignIn> signIn() {
    return settings.client().map(c -> new OidcSignIn(settings, c, discovery, keys, clock));
  }
}
