package org.pactum.lineage.erasure.warehouse;

import java.sql.SQLException;
import org.pactum.warehouse.FailureClassifier;
import org.pactum.warehouse.FailureKind;

/**
 * A warehouse statement failed: its SQLState, its {@link FailureKind} (the classification shared
 * with the check engine) and a fixed description. Never the driver's text, which may quote bound
 * values (the subject id): it reaches neither the message nor the cause.
 */
public final class WarehouseFailure extends Exception {
  private final String sqlState;
  private final FailureKind kind;

  private WarehouseFailure(String sqlState) {
    super(describe(sqlState), null, false, false);
    this.sqlState = sqlState;
    this.kind = FailureClassifier.ofSqlState(sqlState);
  }

  /** The failure of a JDBC call, classified by its SQLState. */
  public static WarehouseFailure of(SQLException e) {
    return new WarehouseFailure(e.getSQLState());
  }

  /** A datasource name the server does not know: a connection failure (SQLState 08000). */
  public static WarehouseFailure unknownDatasource() {
    return new WarehouseFailure("08000");
  }

  /** The SQLState, or null when the server gave none. */
  public String sqlState() {
    return sqlState;
  }

  public FailureKind kind() {
    return kind;
  }

  /** {@code SQLState 42703: a column does not exist}: safe for the store, the audit and the log. */
  public String description() {
    return getMessage();
  }

  /** SQLState and a fixed description: never the driver's text, which may quote bound values. */
  static String describe(String state) {
    if (state == null) {
      return "database error without SQLState";
    }
    String what =
        switch (state) {
          case "42P01" -> "the table does not exist";
          case "42703" -> "a column does not exist";
          case "42501" -> "permission denied";
          case "22P02", "22003" -> "the subject id is not a valid value of the key column's type";
          case "42804", "42883" -> "a column's type does not allow the erasure action";
          case "55P03" -> "lock not available";
          case "57014" -> "statement timed out or was cancelled";
          case "40001" -> "serialization failure";
          case "40P01" -> "deadlock";
          default ->
              state.startsWith("08")
                  ? "cannot connect to the datasource"
                  : state.startsWith("23") ? "a constraint rejected the change" : "database error";
        };
    return "SQLState " + state + ": " + what;
  }
}
