package org.pactum.checks.plan;

import java.util.List;
import org.pactum.contracts.model.Check;

/**
 * A contract check whose columns were found in the table.
 *
 * @param check the check
 * @param position its index in the contract
 * @param columns its columns as the database names them, in the check's order
 * @param uniqueByIndex whether the database keeps these columns' complete values unique (a unique
 *     index among them), so their distinct values need not be counted
 */
public record ResolvedCheck(
    Check check, int position, List<ColumnInfo> columns, boolean uniqueByIndex) {
  public ResolvedCheck {
    columns = List.copyOf(columns);
  }

  public ResolvedCheck(Check check, int position, List<ColumnInfo> columns) {
    this(check, position, columns, false);
  }

  public String name() {
    return check.name();
  }

  /** The first (for most checks, the only) column. */
  public ColumnInfo column() {
    return columns.get(0);
  }
}
