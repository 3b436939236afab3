package org.pactum.contracts.model;

import java.time.Duration;
import java.util.List;

/**
 * The newest value of a timestamp column is recent: FAIL when older than {@code maxAge}, WARN when
 * older than {@code warnAge} (null: no warning level), and, with {@code anomaly}, an anomaly when
 * the lag (the newest value's age when the run looks) is outside its learned band (null: none).
 */
public record FreshnessCheck(
    String name,
    String column,
    Duration maxAge,
    Duration warnAge,
    AnomalySpec anomaly,
    SourcePosition position)
    implements Check {

  /** Without an anomaly criterion. */
  public FreshnessCheck(
      String name, String column, Duration maxAge, Duration warnAge, SourcePosition position) {
    this(name, column, maxAge, warnAge, null, position);
  }

  @Override
  public CheckType type() {
    return CheckType.FRESHNESS;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
