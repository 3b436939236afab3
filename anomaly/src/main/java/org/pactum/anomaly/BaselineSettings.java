package org.pactum.anomaly;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a learned baseline judges a value.
 *
 * <p>A value is WARN when it lies outside {@code expected ± warnSensitivity × spread} and FAIL
 * outside {@code expected ± failSensitivity × spread}, where spread is the model's estimate of a
 * standard deviation. Both half-widths are at least {@code minChange} and {@code minChangePct}% of
 * the expected value, so changes too small to matter are never anomalies.
 *
 * @param warnSensitivity WARN band width in standard deviations; &gt; 0
 * @param failSensitivity FAIL band width in standard deviations; &ge; warnSensitivity
 * @param window how many recent observations to train on; &ge; minHistory
 * @param maxAge observations older than this (before the judged one) are not trained on
 * @param minHistory training observations needed to judge; until then the verdict is PASS,
 *     "learning: n of minHistory"
 * @param direction which deviations count
 * @param minChange smallest absolute deviation that can be an anomaly; &ge; 0
 * @param minChangePct smallest deviation, in percent of the expected value, that can be an anomaly
 * @param failOnZero an observed 0 is FAIL whatever the history (a missing load)
 * @param seasonality the model of normal
 * @param method band (mean/stddev) or robust (median/MAD) estimation
 * @param zone the time zone for weekday and hour-of-day seasonality
 */
public record BaselineSettings(
    double warnSensitivity,
    double failSensitivity,
    int window,
    Duration maxAge,
    int minHistory,
    Direction direction,
    double minChange,
    double minChangePct,
    boolean failOnZero,
    Seasonality seasonality,
    Method method,
    ZoneId zone) {

  public static final double DEFAULT_SENSITIVITY = 3.0;
  public static final int DEFAULT_WINDOW = 30;
  public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);
  public static final int DEFAULT_MIN_HISTORY = 7;

  /** The defaults: 3σ warn, 4σ fail, last 30 within 30 days, 7 to judge, auto model. */
  public static final BaselineSettings DEFAULTS = ofSensitivity(DEFAULT_SENSITIVITY);

  public BaselineSettings {
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(seasonality, "seasonality");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(zone, "zone");
    if (!(warnSensitivity > 0) || !(failSensitivity >= warnSensitivity)) {
      throw new IllegalArgumentException(
          "sensitivities must satisfy 0 < warn <= fail, got warn "
              + warnSensitivity
              + ", fail "
              + failSensitivity);
    }
    if (minHistory < 2 || window < minHistory) {
      throw new IllegalArgumentException(
          "min_history must be >= 2 and window >= min_history, got "
              + minHistory
              + " and "
              + window);
    }
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("max_age must be positive");
    }
    if (!(minChange >= 0) || !(minChangePct >= 0)) {
      throw new IllegalArgumentException("min_change and min_change_pct must be >= 0");
    }
  }

  /**
   * Defaults with one sensitivity k: WARN at k, FAIL at k + 1 (a value beyond the warning band by a
   * further standard deviation).
   */
  public static BaselineSettings ofSensitivity(double k) {
    return new BaselineSettings(
        k,
        k + 1,
        DEFAULT_WINDOW,
        DEFAULT_MAX_AGE,
        DEFAULT_MIN_HISTORY,
        Direction.BOTH,
        0,
        0,
        false,
        Seasonality.AUTO,
        Method.BAND,
        ZoneOffset.UTC);
  }

  public BaselineSettings withSensitivities(double warn, double fail) {
    return new BaselineSettings(
        warn,
        fail,
        window,
        maxAge,
        minHistory,
        direction,
        minChange,
        minChangePct,
        failOnZero,
        seasonality,
        method,
        zone);
  }

  public BaselineSettings withWindow(int window, Duration maxAge, int minHistory) {
    return new BaselineSettings(
        warnSensitivity,
        failSensitivity,
        window,
        maxAge,
        minHistory,
        direction,
        minChange,
        minChangePct,
        failOnZero,
        seasonality,
        method,
        zone);
  }

  public BaselineSettings withDirection(Direction direction) {
    return new BaselineSettings(
        warnSensitivity,
        failSensitivity,
        window,
        maxAge,
        minHistory,
        direction,
        minChange,
        minChangePct,
        failOnZero,
        seasonality,
        method,
        zone);
  }

  public BaselineSettings withMinChange(double absolute, double percent) {
    return new BaselineSettings(
        warnSensitivity,
        failSensitivity,
        window,
        maxAge,
        minHistory,
        direction,
        absolute,
        percent,
        failOnZero,
        seasonality,
        method,
        zone);
  }

  public BaselineSettings withFailOnZero(boolean failOnZero) {
    return new BaselineSettings(
        warnSensitivity,
        failSensitivity,
        window,
        maxAge,
        minHistory,
        direction,
        minChange,
        minChangePct,
        failOnZero,
        seasonality,
        method,
        zone);
  }

  public BaselineSettings withModel(Seasonality seasonality, Method method) {
    return new BaselineSettings(
        warnSensitivity,
        failSensitivity,
        window,
        maxAge,
        minHistory,
        direction,
        minChange,
        minChangePct,
        failOnZero,
        seasonality,
        method,
        zone);
  }

  public BaselineSettings withZone(ZoneId zone) {
    return new BaselineSettings(
        warnSensitivity,
        failSensitivity,
        window,
        maxAge,
        minHistory,
        direction,
        minChange,
        minChangePct,
        failOnZero,
        seasonality,
        method,
        zone);
  }
}
