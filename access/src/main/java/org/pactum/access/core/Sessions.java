package org.pactum.access.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.SessionLimits;
import org.pactum.api.auth.TokenHash;
import org.pactum.api.auth.VerifiedCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's sessions: a browser that signed in (through the issuer, or with an API token) gets a
 * random secret in its cookie; the store keeps only its hash and the principal it signs in.
 *
 * <p>A session is checked against the store at most once per {@code recheck} on each instance (a
 * verified secret is cached, like API tokens), so signing out takes effect at once here and within
 * {@code recheck} on the other instances of a fleet; so does revoking the token a session signed in
 * with. {@code last_seen_at} is written at most once a minute.
 */
public final class Sessions {
  /** 256 random bits, base64url: 43 characters. */
  static final int SECRET_BYTES = 32;

  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  /** How long after its end a session's row is kept. */
  static final Duration KEEP_ENDED = Duration.ofDays(1);

  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

  private final SessionStore store;
  private final SessionLimits limits;
  private final Clock clock;
  private final SecureRandom random;
  private final Duration recheck;
  private final VerifiedCache verified;

  public Sessions(
      SessionStore store,
      SessionLimits limits,
      Clock clock,
      SecureRandom random,
      Duration recheck,
      int cacheSize) {
    this.store = store;
    this.limits = limits;
    this.clock = clock;
    this.random = random;
    this.recheck = recheck;
    this.verified = new VerifiedCache(cacheSize, clock);
  }

  /**
   * Starts a session for a principal just signed in.
   *
   * @param tokenId the API token it signed in with, if any
   */
  public NewSession start(Principal principal, SignInMethod method, Optional<Long> tokenId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiresAt = now.plus(limits.maxAge());
    store.purge(now.minus(KEEP_ENDED));
    store.insert(TokenHash.of(secret), principal, method, tokenId, now, expiresAt);
    LOG.atInfo()
        .addKeyValue("event", "ui_signed_in")
        .addKeyValue("principal", principal.name())
        .addKeyValue("role", principal.role().wireName())
        .addKeyValue("method", method.wireName())
        .log("signed in to the UI");
    return new NewSession(secret, principal, expiresAt);
  }

  /** Who the browser presenting this cookie secret is. */
  public AuthResult authenticate(String secret) {
    if (!wellFormed(secret)) {
      return AuthResult.refused(AuthFailure.MALFORMED);
    }
    TokenHash hash = TokenHash.of(secret);
    Optional<Principal> known = verified.get(hash);
    if (known.isPresent()) {
      return AuthResult.accepted(known.get());
    }
    Instant now = clock.instant();
    Optional<SessionStore.LiveSession> live =
        store.findLive(hash, now, now.minus(limits.idleTimeout()));
    if (live.isEmpty()) {
      return AuthResult.refused(AuthFailure.EXPIRED);
    }
    store.touch(live.get().id(), now, now.minus(TOUCH_EVERY));
    Instant until = now.plus(recheck);
    if (live.get().expiresAt().isBefore(until)) {
      until = live.get().expiresAt();
    }
    verified.put(hash, live.get().principal(), until);
    return AuthResult.accepted(live.get().principal());
  }

  /** Signs the browser presenting this secret out; whether it was signed in. */
  public boolean end(String secret) {
    if (!wellFormed(secret)) {
      return false;
    }
    TokenHash hash = TokenHash.of(secret);
    verified.invalidate(hash);
    return store.end(hash, clock.instant());
  }

  /**
   * Forgets every verified session on this instance, so the next request of each asks the store
   * again (a token was revoked: the sessions signed in with it end now, not at the next recheck).
   */
  public void forgetVerified() {
    verified.invalidateAll();
  }

  public SessionLimits limits() {
    return limits;
  }

  private static boolean wellFormed(String secret) {
    return secret != null
        && secret.length() == 43
        && secret.chars().allMatch(c -> BASE64URL.indexOf(c) >= 0);
  }
}
