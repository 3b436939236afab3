package org.pactum.contracts.model;

import java.util.List;

/**
 * A column statistic ({@link Metric}): FAIL outside {@code fail}, WARN outside {@code warn}, and,
 * with {@code anomaly}, an anomaly outside the learned band.
 */
public record MetricCheck(
    String name,
    Metric metric,
    String column,
    Bounds fail,
    Bounds warn,
    AnomalySpec anomaly,
    SourcePosition position)
    implements Check {

  @Override
  public CheckType type() {
    return CheckType.METRIC;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
