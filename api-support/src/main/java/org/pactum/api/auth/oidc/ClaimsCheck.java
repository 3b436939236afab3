package org.pactum.api.auth.oidc;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.pactum.api.auth.AuthFailure;

/**
 * The claims a signed token must have, checked once its signature is (Nimbus calls this last): the
 * configured issuer, one of the audiences, a subject, an expiry not passed and no {@code nbf} or
 * {@code iat} in the future, each give or take the clock skew, against this server's clock.
 */
final class ClaimsCheck implements JWTClaimsSetVerifier<SecurityContext> {
  /** A refused claim, with why. */
  static final class Rejected extends BadJWTException {
    private final AuthFailure failure;

    Rejected(AuthFailure failure) {
      super(failure.name());
      this.failure = failure;
    }

    AuthFailure failure() {
      return failure;
    }
  }

  private final String issuer;
  private final Set<String> audiences;
  private final Duration skew;
  private final Clock clock;

  ClaimsCheck(String issuer, Set<String> audiences, Duration skew, Clock clock) {
    this.issuer = issuer;
    this.audiences = Set.copyOf(audiences);
    this.skew = skew;
    this.clock = clock;
  }

  @Override
  public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
    if (!issuer.equals(claims.getIssuer())) {
      throw new Rejected(AuthFailure.WRONG_ISSUER);
    }
    List<String> aud = claims.getAudience();
    if (aud == null || aud.stream().noneMatch(audiences::contains)) {
      throw new Rejected(AuthFailure.WRONG_AUDIENCE);
    }
    if (claims.getSubject() == null || claims.getSubject().isBlank()) {
      throw new Rejected(AuthFailure.MISSING_CLAIM);
    }
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw new Rejected(AuthFailure.MISSING_CLAIM);
    }
    Instant now = clock.instant();
    if (!now.isBefore(exp.toInstant().plus(skew))) {
      throw new Rejected(AuthFailure.EXPIRED);
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.plus(skew).isBefore(nbf.toInstant())) {
      throw new Rejected(AuthFailure.NOT_YET_VALID);
    }
    Date iat = claims.getIssueTime();
    if (iat != null && now.plus(skew).isBefore(iat.toInstant())) {
      throw new Rejected(AuthFailure.NOT_YET_VALID);
    }
  }

  /** Until when a token with these claims stays valid here: its expiry plus the skew. */
  Instant validUntil(JWTClaimsSet claims) {
    return claims.getExpirationTime().toInstant().plus(skew);
  }
}
