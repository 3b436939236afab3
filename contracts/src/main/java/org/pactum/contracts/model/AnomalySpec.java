package org.pactum.contracts.model;

/**
 * A learned baseline instead of (or on top of) fixed bounds: the metric's history gives an expected
 * band, and a value outside it is an anomaly.
 *
 * @param sensitivity band width in robust standard deviations (higher is less sensitive); > 0
 * @param seasonality cycle to compare like with like
 * @param minHistory observations needed before the check judges (until then it passes, noting it is
 *     learning); >= 3
 * @param window how many recent observations the baseline learns from; >= minHistory
 * @param direction which deviations count
 */
public record AnomalySpec(
    double sensitivity,
    Seasonality seasonality,
    int minHistory,
    int window,
    AnomalyDirection direction) {

  public static final double DEFAULT_SENSITIVITY = 3.0;
  public static final int DEFAULT_MIN_HISTORY = 10;
  public static final int DEFAULT_WINDOW = 90;

  public static final AnomalySpec DEFAULTS =
      new AnomalySpec(
          DEFAULT_SENSITIVITY,
          Seasonality.NONE,
          DEFAULT_MIN_HISTORY,
          DEFAULT_WINDOW,
          AnomalyDirection.BOTH);
}
