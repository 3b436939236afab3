package org.pactum.contracts.model;

import java.time.Duration;
import java.util.List;

/**
 * The newest value of a timestamp column is recent: FAIL when older than {@code maxAge}, WARN when
 * older than {@code warnAge} (null: no warning level).
 */
public record FreshnessCheck(
    String name, String column, Duration maxAge, Duration warnAge, SourcePosition position)
    implements Check {

  @Override
  public CheckType type() {
    return CheckType.FRESHNESS;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
