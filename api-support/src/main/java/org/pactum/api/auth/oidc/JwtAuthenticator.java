package org.pactum.api.auth.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.TokenHash;
import org.pactum.api.auth.TokenSecret;
import org.pactum.api.auth.VerifiedCache;

/**
 * Bearer JWTs from the configured OpenID Connect issuer. A token is accepted when Nimbus's {@link
 * DefaultJWTProcessor} finds it signed, with an asymmetric algorithm ({@link #ALGORITHMS}: never
 * {@code none}, never HMAC, so a token "signed" with the public key as an HMAC secret is refused),
 * by a key of the issuer's JWKS; and then {@link ClaimsCheck} finds its issuer, audience, subject
 * and times right. Its claims map to a principal through {@link ClaimMapping}. A verified token is
 * cached under its hash until it expires, so a repeated request costs one hash and one lookup.
 *
 * <p>Other credentials (Basic, API tokens, anything not shaped like a JWT) are not its.
 */
public final class JwtAuthenticator implements Authenticator {
  /** The signature algorithms accepted: RSA and elliptic-curve, never symmetric. */
  public static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  private final DefaultJWTProcessor<SecurityContext> processor;
  private final ClaimsCheck claims;
  private final ClaimMapping mapping;
  private final VerifiedCache verified;

  /**
   * @param keys the issuer's public keys
   */
  public JwtAuthenticator(OidcSettings settings, JWKSource<SecurityContext> keys, Clock clock) {
    this.claims =
        new ClaimsCheck(
            settings.issuer().toString(), settings.audiences(), settings.clockSkew(), clock);
    this.mapping = settings.mapping();
    this.verified = new VerifiedCache(settings.cacheSize(), clock);
    this.processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    // header types: none, JWT, and RFC 9068's at+jwt
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWTClaimsSetVerifier(claims);
  }

  /** Verifies against the keys the issuer's discovery document points to. */
  public static JwtAuthenticator discovering(OidcSettings settings, Clock clock) {
    return OidcIssuer.of(settings, clock).authenticator();
  }

  @Override
  public AuthResult authenticate(Credentials credentials) {
    if (!(credentials instanceof Credentials.Bearer bearer) || !shapedLikeAJwt(bearer.token())) {
      return AuthResult.NOT_MINE;
    }
    TokenHash hash = TokenHash.of(bearer.token());
    Optional<Principal> known = verified.get(hash);
    if (known.isPresent()) {
      return AuthResult.accepted(known.get());
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(bearer.token());
    } catch (ParseException e) {
      return AuthResult.refused(AuthFailure.MALFORMED);
    }
    if (!(jwt instanceof SignedJWT signed)
        || !ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
      return AuthResult.refused(AuthFailure.DISALLOWED_ALGORITHM);
    }
    JWTClaimsSet verifiedClaims;
    try {
      verifiedClaims = processor.process(signed, null);
    } catch (ClaimsCheck.Rejected e) {
      return AuthResult.refused(e.failure());
    } catch (RateLimitReachedException e) {
      // a key id the issuer's keys lack, asked again too soon after the last refresh
      return AuthResult.refused(AuthFailure.BAD_SIGNATURE);
    } catch (KeySourceException e) {
      return AuthResult.refused(AuthFailure.PROVIDER_UNAVAILABLE);
    } catch (BadJOSEException | JOSEException e) {
      return AuthResult.refused(AuthFailure.BAD_SIGNATURE);
    }
    Optional<Principal> principal = mapping.principal(verifiedClaims.getClaims());
    if (principal.isEmpty()) {
      return AuthResult.refused(AuthFailure.NO_ROLE);
    }
    verified.put(hash, principal.get(), claims.validUntil(verifiedClaims));
    return AuthResult.accepted(principal.get());
  }

  /**
   * Whether a bearer token is a JWS ({@code header.payload.signature}) or JWE (five parts) whose
   * header is a JSON object, and not a Pactum API token.
   */
  static boolean shapedLikeAJwt(String token) {
    if (TokenSecret.looksLikeOne(token) || !token.startsWith("eyJ")) {
      return false;
    }
    long dots = token.chars().filter(c -> c == '.').count();
    return dots == 2 || dots == 4;
  }

  /** How many verified tokens are cached (for tests and metrics). */
  public long cachedTokens() {
    return verified.size();
  }
}
