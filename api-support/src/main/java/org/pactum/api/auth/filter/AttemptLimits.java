package org.pactum.api.auth.filter;

import java.time.Duration;

/**
 * How many failed authentications one source address may make: {@code maxFailures} within {@code
 * window} (counted from its first failure), after which it gets 429 until the window ends. At most
 * {@code maxAddresses} addresses are tracked (the least recently seen are forgotten first).
 */
public record AttemptLimits(int maxFailures, Duration window, int maxAddresses) {
  public AttemptLimits {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures: at least 1");
    }
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window: a positive duration");
    }
    if (maxAddresses < 1) {
      throw new IllegalArgumentException("maxAddresses: at least 1");
    }
  }

  /** The defaults: 10 failures a minute, 100 000 addresses tracked. */
  public static AttemptLimits defaults() {
    return new AttemptLimits(10, Duration.ofMinutes(1), 100_000);
  }
}
