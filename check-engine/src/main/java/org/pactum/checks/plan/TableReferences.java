package org.pactum.checks.plan;

import org.pactum.warehouse.InvalidIdentifierException;
import org.pactum.warehouse.TableName;

/**
 * A contract's {@code dataset.table} read by the shared identifier rules ({@link TableName}),
 * problems reported as {@link InvalidReferenceException}s naming the contract field.
 */
final class TableReferences {
  static final String FIELD = "dataset.table";

  private TableReferences() {}

  /** Rejects a missing table name. */
  static void requireName(String tableField) {
    if (tableField == null || tableField.isBlank()) {
      throw new InvalidReferenceException(FIELD + ": missing table name");
    }
  }

  /** The table name with every part quoted ({@code "schema"."table"}). */
  static String quoted(String text) {
    try {
      return TableName.parse(text).quoted();
    } catch (InvalidIdentifierException e) {
      throw new InvalidReferenceException(FIELD + ": " + e.getMessage());
    }
  }
}
