package org.pactum.warehouse;

/** Classifies a failed statement into one {@link FailureKind}. */
public final class FailureClassifier {
  private FailureClassifier() {}

  /**
   * The kind of a PostgreSQL SQLState (the SQL standard's five characters; null or blank when the
   * driver gave none). Specific states first ({@code 57014}, {@code 55P03}, {@code 42P01}…), then
   * their class ({@code 08}, {@code 57}, {@code 40}, {@code 53}, {@code 42}, {@code 22}).
   */
  public static FailureKind ofSqlState(String sqlState) {
    if (sqlState == null || sqlState.length() < 2) {
      return FailureKind.NO_ANSWER;
    }
    switch (sqlState) {
      case "57014":
        return FailureKind.TIMEOUT;
      case "55P03":
        return FailureKind.LOCK;
      case "42P01", "3F000":
        return FailureKind.MISSING_TABLE;
      case "42703":
        return FailureKind.MISSING_COLUMN;
      case "42501":
        return FailureKind.PERMISSION;
      case "25006":
        return FailureKind.READ_ONLY;
      default:
        break;
    }
    if (sqlState.startsWith("57P")) {
      return FailureKind.CONNECTION;
    }
    return switch (sqlState.substring(0, 2)) {
      case "08" -> FailureKind.CONNECTION;
      case "57" -> FailureKind.INTERVENTION;
      case "40" -> FailureKind.ROLLBACK;
      case "53" -> FailureKind.RESOURCES;
      case "42" -> FailureKind.INVALID_SQL;
      case "22" -> FailureKind.DATA;
      default -> FailureKind.OTHER;
    };
  }

  /**
   * The kind of a DuckDB failure, from its message: DuckDB reports no SQLState, but starts each
   * message with its error type ({@code Catalog Error}, {@code INTERRUPT Error}…).
   */
  public static FailureKind ofDuckDbMessage(String message) {
    String m = message == null ? "" : message;
    if (m.contains("INTERRUPT Error")) {
      return FailureKind.TIMEOUT;
    }
    if (m.contains("Catalog Error: Table with name")
        || m.contains("Catalog Error: Schema with name")
        || (m.contains("IO Error") && m.contains("No files found"))
        || (m.contains("IO Error") && m.contains("does not exist"))) {
      return FailureKind.MISSING_TABLE;
    }
    if (m.contains("Referenced column") || m.contains("column named")) {
      return FailureKind.MISSING_COLUMN;
    }
    if (m.contains("Connection Error")
        || m.contains("connection has been closed")
        || m.contains("Connection was closed")
        || m.contains("database has been closed")
        || m.contains("Database was shut down")) {
      return FailureKind.CONNECTION;
    }
    if (m.contains("Permission Error")) {
      return FailureKind.PERMISSION;
    }
    if (m.contains("Parser Error") || m.contains("Binder Error") || m.contains("Catalog Error")) {
      return FailureKind.INVALID_SQL;
    }
    if (m.contains("Conversion Error")
        || m.contains("Out of Range Error")
        || m.contains("Invalid Input Error")) {
      return FailureKind.DATA;
    }
    return FailureKind.OTHER;
  }
}
