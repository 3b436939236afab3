package org.pactum.contracts.model;

import java.util.List;

/**
 * Non-null values are among {@code values} (as written; numbers and booleans compared in the
 * column's type by the check engine).
 */
public record AcceptedValuesCheck(
    String name, String column, List<String> values, Thresholds thresholds, SourcePosition position)
    implements RowCheck {

  public AcceptedValuesCheck {
    values = List.copyOf(values);
  }

  @Override
  public CheckType type() {
    return CheckType.ACCEPTED_VALUES;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }
}
