package org.pactum.anomaly;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a learned baseline judges a value, in four parts: how wide its bands are ({@link
 * Sensitivity}), what it trains on ({@link Training}), which deviations count ({@link Deviations})
 * and its model of normal ({@link ModelChoice}).
 *
 * <p>A value is WARN when it lies outside {@code expected ± warn × spread} and FAIL outside {@code
 * expected ± fail × spread}, where spread is the model's estimate of a standard deviation. Both
 * half-widths are at least {@code minChange} and {@code minChangePct}% of the expected value, so
 * changes too small to matter are never anomalies.
 */
public record BaselineSettings(
    Sensitivity sensitivity, Training training, Deviations deviations, ModelChoice modelChoice) {

  public static final double DEFAULT_SENSITIVITY = 3.0;
  public static final int DEFAULT_WINDOW = 30;
  public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);
  public static final int DEFAULT_MIN_HISTORY = 7;

  /** The defaults: 3σ warn, 4σ fail, last 30 within 30 days, 7 to judge, auto model. */
  public static final BaselineSettings DEFAULTS = ofSensitivity(DEFAULT_SENSITIVITY);

  public BaselineSettings {
    Objects.requireNonNull(sensitivity, "sensitivity");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(deviations, "deviations");
    Objects.requireNonNull(modelChoice, "modelChoice");
  }

  /**
   * The band widths, in standard deviations.
   *
   * @param warn WARN band width; &gt; 0
   * @param fail FAIL band width; &ge; warn
   */
  public record Sensitivity(double warn, double fail) {
    public Sensitivity {
      if (!(warn > 0) || !(fail >= warn)) {
        throw new IllegalArgumentException(
            "sensitivities must satisfy 0 < warn <= fail, got warn " + warn + ", fail " + fail);
      }
    }

    /** WARN at k, FAIL at k + 1 (a value beyond the warning band by a further deviation). */
    public static Sensitivity of(double k) {
      return new Sensitivity(k, k + 1);
    }
  }

  /**
   * What a baseline trains on.
   *
   * @param window how many recent observations to train on; &ge; minHistory
   * @param maxAge observations older than this (before the judged one) are not trained on
   * @param minHistory training observations needed to judge; until then the verdict is PASS,
   *     "learning: n of minHistory"
   */
  public record Training(int window, Duration maxAge, int minHistory) {
    public static final Training DEFAULT =
        new Training(DEFAULT_WINDOW, DEFAULT_MAX_AGE, DEFAULT_MIN_HISTORY);

    public Training {
      Objects.requireNonNull(maxAge, "maxAge");
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
    }
  }

  /**
   * Which deviations count as anomalies.
   *
   * @param direction which side of the band is watched
   * @param minChange smallest absolute deviation that can be an anomaly; &ge; 0
   * @param minChangePct smallest deviation, in percent of the expected value, that can be an
   *     anomaly; &ge; 0
   * @param failOnZero an observed 0 is FAIL whatever the history (a missing load)
   */
  public record Deviations(
      Direction direction, double minChange, double minChangePct, boolean failOnZero) {
    /** Both sides, any size, 0 judged like any value. */
    public static final Deviations DEFAULT = new Deviations(Direction.BOTH, 0, 0, false);

    public Deviations {
      Objects.requireNonNull(direction, "direction");
      if (!(minChange >= 0) || !(minChangePct >= 0)) {
        throw new IllegalArgumentException("min_change and min_change_pct must be >= 0");
      }
    }
  }

  /**
   * The model of normal.
   *
   * @param seasonality which seasonal model (or auto)
   * @param method band (mean/stddev) or robust (median/MAD) estimation
   * @param zone the time zone for weekday and hour-of-day seasonality
   */
  public record ModelChoice(Seasonality seasonality, Method method, ZoneId zone) {
    /** Auto-chosen seasonality, band estimation, UTC. */
    public static final ModelChoice DEFAULT =
        new ModelChoice(Seasonality.AUTO, Method.BAND, ZoneOffset.UTC);

    public ModelChoice {
      Objects.requireNonNull(seasonality, "seasonality");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /** Defaults with one sensitivity k: WARN at k, FAIL at k + 1. */
  public static BaselineSettings ofSensitivity(double k) {
    return new BaselineSettings(
        Sensitivity.of(k), Training.DEFAULT, Deviations.DEFAULT, ModelChoice.DEFAULT);
  }

  public BaselineSettings withSensitivities(double warn, double fail) {
    return new BaselineSettings(new Sensitivity(warn, fail), training, deviations, modelChoice);
  }

  public BaselineSettings withWindow(int window, Duration maxAge, int minHistory) {
    return new BaselineSettings(
        sensitivity, new Training(window, maxAge, minHistory), deviations, modelChoice);
  }

  public BaselineSettings withDeviations(Deviations newDeviations) {
    return new BaselineSettings(sensitivity, training, newDeviations, modelChoice);
  }

  public BaselineSettings withModel(Seasonality seasonality, Method method) {
    return new BaselineSettings(
        sensitivity,
        training,
        deviations,
        new ModelChoice(seasonality, method, modelChoice.zone()));
  }
}
