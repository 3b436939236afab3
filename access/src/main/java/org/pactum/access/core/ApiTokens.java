package org.pactum.access.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.RoleMatrix;
import org.pactum.api.auth.TokenHash;
import org.pactum.api.auth.TokenSecret;
import org.pactum.api.auth.VerifiedCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API tokens, for machines (CI pipelines, producers, the CLI): an administrator creates one (its
 * secret shown once, only its hash stored), lists and revokes them; the edge asks {@link
 * #authenticate} who presented a secret.
 *
 * <p>A verified secret is remembered for {@code recheck} (and never past the token's expiry), so a
 * busy client costs one hash and one lookup per request, and the store is read at most once per
 * {@code recheck} per token. Revoking on this instance takes effect at once; another instance
 * sharing the store notices within {@code recheck}. {@code last_used_at} is written at most once a
 * minute per token.
 */
public final class ApiTokens {
  /** How long a verified secret is trusted before the store is asked again. */
  public static final Duration RECHECK = Duration.ofSeconds(30);

  /** How stale {@code last_used_at} may get before a use writes it. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);

  private final TokenStore store;
  private final Clock clock;
  private final SecureRandom random;
  private final Duration recheck;
  private final VerifiedCache verified;
  private final Consumer<ApiToken> onRevoked;

  /**
   * @param recheck how long a verified secret is trusted without asking the store
   * @param cacheSize how many verified secrets are remembered
   */
  public ApiTokens(
      TokenStore store, Clock clock, SecureRandom random, Duration recheck, int cacheSize) {
    this(store, clock, random, recheck, cacheSize, token -> {});
  }

  /**
   * @param onRevoked told of each token revoked here (the UI's sessions signed in with it end)
   */
  public ApiTokens(
      TokenStore store,
      Clock clock,
      SecureRandom random,
      Duration recheck,
      int cacheSize,
      Consumer<ApiToken> onRevoked) {
    if (recheck.isNegative() || recheck.isZero()) {
      throw new IllegalArgumentException("recheck: a positive duration");
    }
    this.store = store;
    this.clock = clock;
    this.random = random;
    this.recheck = recheck;
    this.verified = new VerifiedCache(cacheSize, clock);
    this.onRevoked = onRevoked;
  }

  /**
   * Creates a token; its secret is in the answer and nowhere else.
   *
   * @throws AccessException not an administrator, the name is taken, the expiry has passed
   */
  public NewToken create(Principal by, TokenRequest asked) {
    admin(by);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // times as the store keeps them (microseconds), so an expiry means the same here and there
    TokenRequest request =
        new TokenRequest(
            asked.name(),
            asked.role(),
            asked.teams(),
            asked.expiresAt().map(at -> at.truncatedTo(ChronoUnit.MICROS)));
    if (request.expiresAt().isPresent() && !request.expiresAt().get().isAfter(now)) {
      throw AccessException.invalid("expires_at: must be in the future");
    }
    TokenSecret secret = TokenSecret.generate(random);
    ApiToken token = store.insert(request, secret.hash(), now, by.name());
    LOG.atInfo()
        .addKeyValue("event", "api_token_created")
        .addKeyValue("token_name", token.name())
        .addKeyValue("role", token.role())
        .addKeyValue("teams", token.teams())
        .addKeyValue("by", by.name())
        .log("API token created");
    return new NewToken(token, secret);
  }

  /** A page of tokens by name (revoked ones only when asked for). */
  public List<ApiToken> list(
      Principal by, boolean includeRevoked, TokenName afterName, long afterId, int limit) {
    admin(by);
    return store.page(includeRevoked, afterName, afterId, limit);
  }

  /** The token of this name that is not revoked. */
  public ApiToken get(Principal by, TokenName name) {
    admin(by);
    return store.findLive(name).orElseThrow(() -> unknown(name));
  }

  /** Revokes the token of this name: it authenticates nothing from now on. */
  public ApiToken revoke(Principal by, TokenName name) {
    admin(by);
    TokenStore.Revoked revoked =
        store.revoke(name, clock.instant()).orElseThrow(() -> unknown(name));
    verified.invalidate(revoked.hash());
    onRevoked.accept(revoked.token());
    LOG.atInfo()
        .addKeyValue("event", "api_token_revoked")
        .addKeyValue("token_name", name)
        .addKeyValue("by", by.name())
        .log("API token revoked");
    return revoked.token();
  }

  /**
   * Who presented this secret.
   *
   * @param name the name given beside it (HTTP Basic's user name), which must be the token's
   */
  public AuthResult authenticate(TokenSecret secret, Optional<String> name) {
    TokenHash hash = secret.hash();
    Optional<Principal> known = verified.get(hash);
    if (known.isPresent()) {
      return named(known.get(), name)
          ? AuthResult.accepted(known.get())
          : AuthResult.refused(AuthFailure.UNKNOWN);
    }
    Optional<ApiToken> found = store.findByHash(hash);
    if (found.isEmpty()) {
      return AuthResult.refused(AuthFailure.UNKNOWN);
    }
    ApiToken token = found.get();
    Instant now = clock.instant();
    switch (token.state(now)) {
      case REVOKED:
        return AuthResult.refused(AuthFailure.REVOKED);
      case EXPIRED:
        return AuthResult.refused(AuthFailure.EXPIRED);
      case ACTIVE:
        break;
    }
    Principal principal = token.principal();
    if (!named(principal, name)) {
      return AuthResult.refused(AuthFailure.UNKNOWN);
    }
    store.touch(token.id(), now, now.minus(TOUCH_EVERY));
    Instant until = now.plus(recheck);
    if (token.expiresAt().isPresent() && token.expiresAt().get().isBefore(until)) {
      until = token.expiresAt().get();
    }
    verified.put(hash, principal, until);
    return AuthResult.accepted(principal);
  }

  /**
   * The active token of this secret, read from the store (never the cache): signing in to the UI
   * with a token ties the session to it, so that revoking the token ends the session.
   */
  public Optional<ApiToken> active(TokenSecret secret) {
    Instant now = clock.instant();
    Optional<ApiToken> found =
        store.findByHash(secret.hash()).filter(t -> t.state(now) == TokenState.ACTIVE);
    found.ifPresent(t -> store.touch(t.id(), now, now.minus(TOUCH_EVERY)));
    return found;
  }

  private static boolean named(Principal principal, Optional<String> name) {
    return name.isEmpty() || TokenName.names(name.get(), principal.name());
  }

  private static void admin(Principal by) {
    if (by == null || !RoleMatrix.allows(by.role(), Action.TOKEN_ADMIN)) {
      throw new AccessException(
          AccessException.Reason.NOT_ADMIN, "only an administrator manages API tokens");
    }
  }

  private static AccessException unknown(TokenName name) {
    return new AccessException(
        AccessException.Reason.UNKNOWN_TOKEN, "no API token named " + name + " (not revoked)");
  }
}
