package org.pactum.alerts.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How an incident climbs: the first failure opens a warning, {@code criticalAfter} consecutive
 * failures page, {@code resolveAfter} consecutive passes resolve, and an open incident reminds
 * every {@code repeatInterval} (zero: never).
 */
public record EscalationPolicy(int criticalAfter, int resolveAfter, Duration repeatInterval) {
  public static final EscalationPolicy DEFAULT = new EscalationPolicy(3, 2, Duration.ofHours(4));

  public EscalationPolicy {
    if (criticalAfter < 1) {
      throw new IllegalArgumentException("criticalAfter must be at least 1");
    }
    if (resolveAfter < 1) {
      throw new IllegalArgumentException("resolveAfter must be at least 1");
    }
    Objects.requireNonNull(repeatInterval, "repeatInterval");
    if (repeatInterval.isNegative()) {
      throw new IllegalArgumentException("repeatInterval must not be negative");
    }
  }
}
