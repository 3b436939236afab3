package org.pactum.api.auth.oidc;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's discovery document ({@code <issuer>/.well-known/openid-configuration}), fetched on
 * first use and kept: its {@code jwks_uri} for verifying tokens, its endpoints for the UI's
 * sign-in. The document must name the configured issuer exactly (the SDK checks). A failed fetch is
 * retried on use, at most once per {@link #RETRY_AFTER}, so an identity provider that is down at
 * start-up does not stop the server, and one that stays down is not hammered.
 */
public final class OidcDiscovery {
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);
  private static final int TIMEOUT_MILLIS = 5_000;
  private static final Logger LOG = LoggerFactory.getLogger(OidcDiscovery.class);

  private final URI issuer;
  private final Clock clock;
  private OIDCProviderMetadata metadata;
  private Instant lastFailure;

  public OidcDiscovery(URI issuer, Clock clock) {
    this.issuer = issuer;
    this.clock = clock;
  }

  public URI issuer() {
    return issuer;
  }

  /**
   * The provider's metadata.
   *
   * @throws KeySourceException when it cannot be fetched (now, or within the retry interval)
   */
  public synchronized OIDCProviderMetadata metadata() throws KeySourceException {
    if (metadata != null) {
      return metadata;
    }
    Instant now = clock.instant();
    if (lastFailure != null && now.isBefore(lastFailure.plus(RETRY_AFTER))) {
      throw new KeySourceException("the OpenID provider's discovery document is unavailable");
    }
    try {
      metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      if (metadata.getJWKSetURI() == null) {
        metadata = null;
        throw new GeneralException("the discovery document has no jwks_uri");
      }
      LOG.atInfo()
          .addKeyValue("event", "oidc_discovered")
          .addKeyValue("issuer", issuer)
          .addKeyValue("jwks_uri", metadata.getJWKSetURI())
          .log("OpenID provider discovered");
      return metadata;
    } catch (GeneralException | IOException | RuntimeException e) {
      lastFailure = now;
      LOG.atWarn()
          .addKeyValue("event", "oidc_discovery_failed")
          .addKeyValue("issuer", issuer)
          .addKeyValue("error", e.getClass().getSimpleName())
          .addKeyValue("reason", e.getMessage())
          .log("OpenID provider discovery failed; tokens are refused with 503 until it works");
      throw new KeySourceException("the OpenID provider's discovery document is unavailable", e);
    }
  }
}
