package org.pactum.contracts.model;

import java.util.List;

/**
 * The combination of {@code columns} is unique across rows (one column: plain uniqueness; several:
 * a composite key). Rows whose key occurs more than once fail.
 */
public record UniqueCheck(
    String name, List<String> columns, Thresholds thresholds, SourcePosition position)
    implements RowCheck {

  public UniqueCheck {
    columns = List.copyOf(columns);
  }

  @Override
  public CheckType type() {
    return CheckType.UNIQUE;
  }
}
