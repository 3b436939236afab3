package org.pactum.api.auth.filter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed authentications per source address, in bounded memory: an address that failed {@code
 * maxFailures} times within the window (from its first failure) is blocked until the window ends.
 * Successes do not reset the count (a caller cannot interleave a valid token to keep guessing). At
 * most {@code maxAddresses} are tracked; the least recently seen go first.
 */
public final class FailedAttempts {
  private record Window(Instant start, int failures) {}

  private final AttemptLimits limits;
  private final Clock clock;
  private final Cache<String, Window> windows;

  public FailedAttempts(AttemptLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.windows =
        Caffeine.newBuilder()
            .maximumSize(limits.maxAddresses())
            .expireAfterWrite(limits.window())
            .executor(Runnable::run)
            .build();
  }

  /** How long the address must still wait, when it is blocked. */
  public Optional<Duration> blockedFor(String source) {
    Window w = windows.getIfPresent(source);
    if (w == null || w.failures() < limits.maxFailures()) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), w.start().plus(limits.window()));
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  /** Counts one failure of the address. */
  public void failed(String source) {
    Instant now = clock.instant();
    windows
        .asMap()
        .compute(
            source,
            (k, w) ->
                w == null || !now.isBefore(w.start().plus(limits.window()))
                    ? new Window(now, 1)
                    : new Window(w.start(), w.failures() + 1));
  }

  /** About how many addresses are tracked (for tests and metrics). */
  public long trackedAddresses() {
    windows.cleanUp();
    return windows.estimatedSize();
  }
}
