package org.pactum.api.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Credentials verified recently, keyed by their {@link TokenHash}, each until an instant (a JWT's
 * expiry, an API token's re-check time): a repeated request costs one hash and one constant-time
 * lookup instead of a signature check or a database read. Bounded: the least recently used entries
 * go first. Expiry is decided by the given clock on every read; the cache also lets entries go by
 * itself once they are past their time.
 */
public final class VerifiedCache {
  private record Entry(Principal principal, Instant until) {}

  private final Cache<TokenHash, Entry> entries;
  private final Clock clock;

  /**
   * @param maxEntries how many verified credentials are kept at most
   */
  public VerifiedCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries: at least 1");
    }
    this.clock = clock;
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(maxEntries)
            .expireAfter(new UntilExpiry(clock))
            .executor(Runnable::run)
            .build();
  }

  /** The principal verified under this hash, while its time lasts. */
  public Optional<Principal> get(TokenHash hash) {
    Entry e = entries.getIfPresent(hash);
    if (e == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(e.until())) {
      entries.invalidate(hash);
      return Optional.empty();
    }
    return Optional.of(e.principal());
  }

  /** Remembers a verified credential until {@code until} (nothing when that has passed). */
  public void put(TokenHash hash, Principal principal, Instant until) {
    if (clock.instant().isBefore(until)) {
      entries.put(hash, new Entry(principal, until));
    }
  }

  /** Forgets one credential (a revoked token). */
  public void invalidate(TokenHash hash) {
    entries.invalidate(hash);
  }

  public void invalidateAll() {
    entries.invalidateAll();
  }

  /** About how many entries are held (for tests and metrics). */
  public long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  private record UntilExpiry(Clock clock) implements Expiry<TokenHash, Entry> {
    @Override
    public long expireAfterCreate(TokenHash key, Entry value, long currentTime) {
      return nanosUntil(value.until());
    }

    @Override
    public long expireAfterUpdate(
        TokenHash key, Entry value, long currentTime, long currentDuration) {
      return nanosUntil(value.until());
    }

    @Override
    public long expireAfterRead(
        TokenHash key, Entry value, long currentTime, long currentDuration) {
      return currentDuration;
    }

    private long nanosUntil(Instant until) {
      Duration left = Duration.between(clock.instant(), until);
      if (left.isNegative()) {
        return 0;
      }
      try {
        return left.toNanos();
      } catch (ArithmeticException e) {
        return Long.MAX_VALUE;
      }
    }
  }
}
