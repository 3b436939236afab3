package org.pactum.contracts.model;

import java.util.List;

/**
 * Non-null values lie in {@code [min, max]} (inclusive; either end may be null). Bounds are numbers
 * for numeric columns, ISO dates or instants for temporal ones.
 */
public record RangeCheck(
    String name,
    String column,
    RangeBound min,
    RangeBound max,
    Thresholds thresholds,
    SourcePosition position)
    implements RowCheck {

  @Override
  public CheckType type() {
    return CheckType.RANGE;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
