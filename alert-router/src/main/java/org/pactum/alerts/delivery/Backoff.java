package org.pactum.alerts.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of {@code initial ×
 * 2^(n-1)}, capped at {@code max}. A server's {@code Retry-After} wins when it is longer.
 */
public final class Backoff {
  private final Duration initial;
  private final Duration max;
  private final DoubleSupplier random;

  public Backoff(Duration initial, Duration max, DoubleSupplier random) {
    this.initial = initial;
    this.max = max;
    this.random = random;
  }

  /** The delay after the {@code attempt}-th failed attempt (1-based). */
  public Duration delay(int attempt, Duration retryAfter) {
    long base = initial.toMillis();
    long cap = max.toMillis();
    long exp = attempt >= 40 ? cap : Math.min(cap, base << Math.max(0, attempt - 1));
    long jittered = exp / 2 + (long) (random.getAsDouble() * (exp - exp / 2));
    Duration d = Duration.ofMillis(Math.max(1, jittered));
    return retryAfter != null && retryAfter.compareTo(d) > 0 ? retryAfter : d;
  }
}
