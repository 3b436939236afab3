package org.pactum.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider on a loopback port, for tests: NAV's {@code mock-oauth2-server}
 * (discovery document, JWKS, token endpoint, authorization-code flow), serving one issuer, {@value
 * #ISSUER_ID}, with an RSA signing key generated for this JVM (not one of the keys the library
 * ships). {@link OidcExtension} shares one per test JVM.
 *
 * <pre>{@code
 * String jwt = oidc.token().subject("ana").audience("pactum").claim("groups", List.of("admins"))
 *     .expiresIn(Duration.ofMinutes(5)).sign();
 * }</pre>
 *
 * <p>The mock server's dependencies (Kotlin, Netty, OkHttp) are optional in this module: a module
 * that uses this class declares {@code no.nav.security:mock-oauth2-server} itself, in test scope.
 */
public final class OidcProvider implements AutoCloseable {
  /** The one issuer this provider serves: its URL is {@code http://127.0.0.1:<port>/pactum}. */
  public static final String ISSUER_ID = "pactum";

  private final MockOAuth2Server server;
  private final RSAKey signingKey;

  private OidcProvider(MockOAuth2Server server, RSAKey signingKey) {
    this.server = server;
    this.signingKey = signingKey;
  }

  /** Starts a provider on a free loopback port. */
  public static OidcProvider start() {
    KeyProvider keys = new KeyProvider(List.of(), JWSAlgorithm.RS256.getName());
    MockOAuth2Server server =
        new MockOAuth2Server(
            new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys)));
    server.start(InetAddress.getLoopbackAddress(), 0);
    OidcProvider provider = new OidcProvider(server, (RSAKey) keys.signingKey(ISSUER_ID));
    provider.warmUp();
    return provider;
  }

  /**
   * Serves discovery and keys once, so the first request a test makes does not pay for loading the
   * server's classes (seconds on a busy machine, past the timeouts of the code under test).
   */
  private void warmUp() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    for (URI uri : List.of(discoveryUrl(), jwksUrl())) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
          throw new IllegalStateException("the test OpenID provider answered " + r.statusCode());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the test OpenID provider does not answer", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The issuer ({@code iss}) of this provider's tokens, and the base of its discovery URL. */
  public URI issuer() {
    return server.issuerUrl(ISSUER_ID).uri();
  }

  /** {@code <issuer>/.well-known/openid-configuration}. */
  public URI discoveryUrl() {
    return server.wellKnownUrl(ISSUER_ID).uri();
  }

  public URI jwksUrl() {
    return server.jwksUrl(ISSUER_ID).uri();
  }

  /** The public keys the provider serves at {@link #jwksUrl()}. */
  public JWKSet jwks() {
    return new JWKSet(signingKey.toPublicJWK());
  }

  /**
   * The provider's signing key, private part included: for tests that forge tokens from it (an HMAC
   * signature keyed with the public key, a token re-signed by another key with this key id).
   */
  public RSAKey signingKey() {
    return signingKey;
  }

  /**
   * A token issued by the provider's own token machinery (as its token endpoint would issue it):
   * {@code iss} this issuer, the given subject, audience and extra claims, valid from now for an
   * hour.
   */
  public String issue(String subject, String audience, Map<String, Object> claims) {
    return server
        .issueToken(
            ISSUER_ID,
            "pactum-tests",
            new DefaultOAuth2TokenCallback(
                ISSUER_ID, subject, JOSEObjectType.JWT.getType(), List.of(audience), claims, 3600))
        .serialize();
  }

  /**
   * The person the provider signs in next through its authorization endpoint (the browser flow):
   * the ID token it then issues has this subject, {@code aud} the client id, and these claims.
   */
  public void signInNext(String subject, String clientId, Map<String, Object> claims) {
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID, subject, JOSEObjectType.JWT.getType(), List.of(clientId), claims, 3600));
  }

  /** A token to shape claim by claim, signed with the provider's key. */
  public TokenBuilder token() {
    return new TokenBuilder();
  }

  @Override
  public void close() {
    server.shutdown();
  }

  /**
   * A JWT signed with the provider's key (RS256, its key id): {@code iss} this issuer and a fresh
   * {@code jti}, issued now and valid for five minutes unless told otherwise. Every claim may be
   * changed, removed (set null) or added, to make tokens that are valid or broken in one way.
   */
  public final class TokenBuilder {
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private Instant issuedAt = Instant.now();
    private Instant notBefore;
    private Instant expiresAt;
    private Duration lifetime = Duration.ofMinutes(5);
    private JOSEObjectType type = JOSEObjectType.JWT;

    private TokenBuilder() {
      claims.put("iss", OidcProvider.this.issuer().toString());
      claims.put("sub", "subject-" + UUID.randomUUID());
      claims.put("jti", UUID.randomUUID().toString());
    }

    public TokenBuilder subject(String subject) {
      return claim("sub", subject);
    }

    public TokenBuilder issuer(String issuer) {
      return claim("iss", issuer);
    }

    public TokenBuilder audience(String... audience) {
      return claim("aud", List.of(audience));
    }

    /** Any claim; null removes it. */
    public TokenBuilder claim(String name, Object value) {
      if (value == null) {
        claims.remove(name);
      } else {
        claims.put(name, value instanceof List<?> l ? new ArrayList<>(l) : value);
      }
      return this;
    }

    public TokenBuilder issuedAt(Instant at) {
      this.issuedAt = at;
      return this;
    }

    public TokenBuilder notBefore(Instant at) {
      this.notBefore = at;
      return this;
    }

    /** {@code exp} = {@code iat} + the duration (negative: a token that expired). */
    public TokenBuilder expiresIn(Duration lifetime) {
      this.lifetime = lifetime;
      this.expiresAt = null;
      return this;
    }

    public TokenBuilder expiresAt(Instant at) {
      this.expiresAt = at;
      return this;
    }

    /** No {@code exp} claim at all. */
    public TokenBuilder noExpiry() {
      this.lifetime = null;
      this.expiresAt = null;
      return this;
    }

    /** The header's {@code typ} (default {@code JWT}; null: none). */
    public TokenBuilder type(JOSEObjectType type) {
      this.type = type;
      return this;
    }

    /** The claims as they will be signed. */
    public JWTClaimsSet claims() {
      JWTClaimsSet.Builder b = new JWTClaimsSet.Builder();
      claims.forEach(b::claim);
      b.issueTime(Date.from(issuedAt));
      if (notBefore != null) {
        b.notBeforeTime(Date.from(notBefore));
      }
      Instant exp =
          expiresAt != null ? expiresAt : lifetime == null ? null : issuedAt.plus(lifetime);
      if (exp != null) {
        b.expirationTime(Date.from(exp));
      }
      return b.build();
    }

    /** The compact serialization, signed RS256 with the provider's key. */
    public String sign() {
      try {
        SignedJWT jwt =
            new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(signingKey.getKeyID())
                    .type(type)
                    .build(),
                claims());
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
      } catch (JOSEException e) {
        throw new IllegalStateException("cannot sign a test token", e);
      }
    }
  }
}
