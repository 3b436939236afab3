package org.pactum.api.auth;

import java.time.Duration;

/**
 * How long a UI session lasts: at most {@code maxAge} from sign-in, and it ends sooner when the
 * browser has not been seen for {@code idleTimeout}.
 */
public record SessionLimits(Duration maxAge, Duration idleTimeout) {
  public SessionLimits {
    if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge: a positive duration");
    }
    if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout: a positive duration");
    }
  }

  /** The defaults: 12 hours at most, 1 hour idle. */
  public static SessionLimits defaults() {
    return new SessionLimits(Duration.ofHours(12), Duration.ofHours(1));
  }
}
