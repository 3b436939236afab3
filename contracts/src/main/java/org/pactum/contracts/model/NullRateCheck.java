package org.pactum.contracts.model;

import java.util.List;

/**
 * The fraction of null values, in {@code [0, 1]}: WARN above {@code thresholds.warn}, FAIL above
 * {@code thresholds.fail}, and, with {@code anomaly}, an anomaly outside the learned band.
 */
public record NullRateCheck(
    String name, String column, Thresholds thresholds, AnomalySpec anomaly, SourcePosition position)
    implements Check {

  @Override
  public CheckType type() {
    return CheckType.NULL_RATE;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
