package org.pactum.contracts.model;

import java.util.List;

/**
 * The number of rows (in the run's load scope): FAIL outside {@code fail}, WARN outside {@code
 * warn}, and, with {@code anomaly}, an anomaly outside the learned band.
 */
public record RowCountCheck(
    String name, Bounds fail, Bounds warn, AnomalySpec anomaly, SourcePosition position)
    implements Check {

  @Override
  public CheckType type() {
    return CheckType.ROW_COUNT;
  }

  @Override
  public List<String> columns() {
    return List.of();
  }
}
