package org.pactum.checks.plan;

import java.util.List;

/**
 * A column of the checked table as the database reports it.
 *
 * @param name the column's exact name in the database
 * @param kind how the engine treats it
 * @param databaseType the database's type name ({@code float8}, {@code VARCHAR}...)
 * @param path for a field inside a struct/composite column, the field names after the column (empty
 *     for a plain column)
 * @param notNull whether the database guarantees the column holds no nulls (a {@code NOT NULL}
 *     constraint); false when it does not say
 */
public record ColumnInfo(
    String name, ColumnKind kind, String databaseType, List<String> path, boolean notNull) {
  public ColumnInfo {
    path = List.copyOf(path);
  }

  public ColumnInfo(String name, ColumnKind kind, String databaseType, List<String> path) {
    this(name, kind, databaseType, path, false);
  }

  public ColumnInfo(String name, ColumnKind kind, String databaseType) {
    this(name, kind, databaseType, List.of(), false);
  }

  /** The same column known to be declared {@code NOT NULL}. */
  public ColumnInfo declaredNotNull() {
    return new ColumnInfo(name, kind, databaseType, path, true);
  }

  /** How the contract names it: {@code name} or {@code name.field}. */
  public String displayName() {
    return path.isEmpty() ? name : name + "." + String.join(".", path);
  }
}
