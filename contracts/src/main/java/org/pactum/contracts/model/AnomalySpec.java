package org.pactum.contracts.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A learned baseline instead of (or on top of) fixed bounds: the metric's history gives an expected
 * band, and a value outside it is an anomaly (WARN outside the warning band, FAIL outside the
 * failing band).
 *
 * @param sensitivity band width in standard deviations (higher is less sensitive); in (0, 10]
 * @param seasonality the model of normal: compare like with like, Holt-Winters, or auto
 * @param minHistory observations needed before the check judges (until then it passes, noting it is
 *     learning); &ge; 3
 * @param window how many recent observations the baseline learns from; &ge; minHistory
 * @param direction which deviations count
 * @param method band (mean/stddev) or robust (median/MAD)
 * @param warnSensitivity the WARN band width as written, or NaN when absent (then {@code
 *     sensitivity}); see {@link #effectiveWarnSensitivity()}
 * @param failSensitivity the FAIL band width as written, or NaN when absent (then the warning width
 *     + 1); see {@link #effectiveFailSensitivity()}
 * @param minChange smallest absolute change that can be an anomaly; 0 for none
 * @param minChangePct smallest change, in percent of the expected value, that can be an anomaly; 0
 *     for none
 * @param failOnZero an observed 0 fails whatever the history (a missing load)
 * @param maxAge observations older than this are not learned from
 */
public record AnomalySpec(
    double sensitivity,
    Seasonality seasonality,
    int minHistory,
    int window,
    AnomalyDirection direction,
    AnomalyMethod method,
    double warnSensitivity,
    double failSensitivity,
    double minChange,
    double minChangePct,
    boolean failOnZero,
    Duration maxAge) {

  public static final double DEFAULT_SENSITIVITY = 3.0;
  public static final int DEFAULT_MIN_HISTORY = 7;
  public static final int DEFAULT_WINDOW = 30;
  public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);
  public static final Seasonality DEFAULT_SEASONALITY = Seasonality.AUTO;

  public static final AnomalySpec DEFAULTS =
      new AnomalySpec(
          DEFAULT_SENSITIVITY,
          DEFAULT_SEASONALITY,
          DEFAULT_MIN_HISTORY,
          DEFAULT_WINDOW,
          AnomalyDirection.BOTH);

  public AnomalySpec {
    Objects.requireNonNull(seasonality, "seasonality");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(maxAge, "maxAge");
  }

  /** The earlier five settings; the rest take their defaults. */
  public AnomalySpec(
      double sensitivity,
      Seasonality seasonality,
      int minHistory,
      int window,
      AnomalyDirection direction) {
    this(
        sensitivity,
        seasonality,
        minHistory,
        window,
        direction,
        AnomalyMethod.BAND,
        Double.NaN,
        Double.NaN,
        0,
        0,
        false,
        DEFAULT_MAX_AGE);
  }

  /** WARN band width: {@code warn_sensitivity}, else {@code sensitivity}. */
  public double effectiveWarnSensitivity() {
    return Double.isNaN(warnSensitivity) ? sensitivity : warnSensitivity;
  }

  /** FAIL band width: {@code fail_sensitivity}, else the WARN width + 1. */
  public double effectiveFailSensitivity() {
    return Double.isNaN(failSensitivity) ? effectiveWarnSensitivity() + 1 : failSensitivity;
  }
}
