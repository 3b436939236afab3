package org.pactum.anomaly;

/** Which model of "normal" the baseline uses. */
public enum Seasonality {
  /** One level for all observations (mean/stddev or median/MAD, see {@link Method}). */
  NONE,
  /** Train on the same weekday of earlier weeks. */
  DAY_OF_WEEK,
  /** Train on the same hour of earlier days. */
  HOUR_OF_DAY,
  /** Additive Holt-Winters (level, trend, season) fitted to the training window. */
  HOLT_WINTERS,
  /** Chosen per judgement from the history's length, cadence, trend and a seasonality test. */
  AUTO
}
