package org.pactum.contracts.model;

import java.util.List;

/**
 * A custom SQL query returning one number: FAIL outside {@code fail}, WARN outside {@code warn}.
 * The query may use {@code {table}} (the dataset's table, quoted by the dialect) and {@code
 * {column}} (this check's {@code column}, quoted).
 */
public record SqlCheck(
    String name, String query, String column, Bounds fail, Bounds warn, SourcePosition position)
    implements Check {

  public static final String TABLE_PLACEHOLDER = "{table}";
  public static final String COLUMN_PLACEHOLDER = "{column}";

  @Override
  public CheckType type() {
    return CheckType.SQL;
  }

  @Override
  public List<String> columns() {
    return column == null ? List.of() : List.of(column);
  }
}
