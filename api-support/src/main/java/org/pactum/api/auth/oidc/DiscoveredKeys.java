package org.pactum.api.auth.oidc;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.util.List;

/**
 * The issuer's signing keys, from the {@code jwks_uri} its discovery document names: fetched on
 * first use, cached by Nimbus (refreshed when a token names a key id not seen yet, at most every 30
 * seconds, so forged key ids cannot make Pactum hammer the provider).
 */
final class DiscoveredKeys implements JWKSource<SecurityContext> {
  private static final int TIMEOUT_MILLIS = 5_000;
  private static final int MAX_JWKS_BYTES = 512 * 1024;

  private final OidcDiscovery discovery;
  private volatile JWKSource<SecurityContext> keys;

  DiscoveredKeys(OidcDiscovery discovery) {
    this.discovery = discovery;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
    return keys().get(selector, context);
  }

  private JWKSource<SecurityContext> keys() throws KeySourceException {
    JWKSource<SecurityContext> k = keys;
    if (k != null) {
      return k;
    }
    synchronized (this) {
      if (keys == null) {
        try {
          keys =
              JWKSourceBuilder.<SecurityContext>create(
                      discovery.metadata().getJWKSetURI().toURL(),
                      new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_JWKS_BYTES))
                  .build();
        } catch (MalformedURLException e) {
          throw new KeySourceException("the discovery document's jwks_uri is not a URL", e);
        }
      }
      return keys;
    }
  }
}
