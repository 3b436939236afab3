package org.pactum.contracts.model;

import java.math.BigDecimal;

/**
 * Upper limits on a check's observed value (a failing-row fraction, a null rate, a drift
 * statistic): WARN when the value is above {@code warn}, FAIL when above {@code fail}. Either may
 * be null (no such level); when both are set, {@code warn <= fail}.
 */
public record Thresholds(Double warn, Double fail) {

  /** Row-level default: any failing row fails. */
  public static final Thresholds STRICT = new Thresholds(null, 0.0);

  public static final Thresholds NONE = new Thresholds(null, null);

  /**
   * The fail limit equivalent to {@code mostly} (the fraction of rows that must pass), computed in
   * decimal so that {@code mostly: 0.99} gives exactly {@code 0.01}.
   */
  public static double failFromMostly(double mostly) {
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(mostly)).doubleValue();
  }

  /** The fraction of rows that must pass for the check not to fail ({@code 1 - fail}). */
  public double mostly() {
    return fail == null ? 0.0 : BigDecimal.ONE.subtract(BigDecimal.valueOf(fail)).doubleValue();
  }

  public boolean isEmpty() {
    return warn == null && fail == null;
  }
}
