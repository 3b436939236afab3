package org.pactum.contracts.model;

import java.util.List;

/** The column has no nulls (or at most the tolerated fraction). */
public record NotNullCheck(
    String name, String column, Thresholds thresholds, SourcePosition position)
    implements RowCheck {

  @Override
  public CheckType type() {
    return CheckType.NOT_NULL;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
