package org.pactum.anomaly;

import java.time.Instant;
import java.util.Objects;

/**
 * One observed value of a metric.
 *
 * @param at when it was observed (seasonality uses it)
 * @param value the value; NaN means "no value" and is never trained on
 * @param flagged whether its own verdict found it an outlier ({@link AnomalyVerdict#outlier()}): it
 *     is then left out of training so one bad load does not widen the band for the next
 */
public record Observation(Instant at, double value, boolean flagged) {
  public Observation {
    Objects.requireNonNull(at, "at");
  }

  public static Observation of(Instant at, double value) {
    return new Observation(at, value, false);
  }

  /** Usable for training: a finite value not flagged as an anomaly. */
  public boolean trainable() {
    return !flagged && Double.isFinite(value);
  }
}
