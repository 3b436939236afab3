package org.pactum.checks.warehouse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.pactum.checks.plan.Dialect;

/**
 * What differs between the databases the engine checks once SQL text exists: preparing a
 * connection, a statement's transaction and timeout, binding values, and classifying failures into
 * one {@link org.pactum.warehouse.FailureKind}, the kind erasure uses too.
 */
interface SessionControl {

  /** The session control for a dialect ({@code postgresql} or {@code duckdb}). */
  static SessionControl of(Dialect dialect) {
    return switch (dialect.name()) {
      case "postgresql" -> new PostgresSessionControl();
      case "duckdb" -> new DuckDbSessionControl();
      default -> throw new IllegalArgumentException("no session control for " + dialect.name());
    };
  }

  /**
   * Prepares a connection for checking: read-only where the database supports it. Every statement
   * then runs in its own transaction, so one failure does not poison the next.
   */
  void prepare(Connection connection) throws SQLException;

  /** Starts a statement's transaction with a server-side timeout where supported. */
  void beginStatement(Connection connection, Duration timeout) throws SQLException;

  /** Ends a statement's transaction (rolling back: checks never write). */
  void endStatement(Connection connection);

  /**
   * Rejects a custom query that is not a single read-only statement, where the database cannot
   * enforce read-only transactions itself; returns a reason, or empty when acceptable.
   */
  Optional<String> rejectCustomSql(Connection connection, String sql) throws SQLException;

  /**
   * Binds one value: {@code null}, instants (as UTC offset date-times) and decimals the same way on
   * every database, text through {@link #bindText}.
   */
  default void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof String s) {
      bindText(statement, index, s);
    } else if (value instanceof Instant i) {
      statement.setObject(index, i.atOffset(ZoneOffset.UTC));
    } else if (value instanceof BigDecimal d) {
      statement.setBigDecimal(index, d);
    } else {
      statement.setObject(index, value);
    }
  }

  /** Binds one text value. */
  default void bindText(PreparedStatement statement, int index, String value) throws SQLException {
    statement.setString(index, value);
  }

  /** Classifies a failure, keeping only the database's one-line description. */
  SqlFailure classify(SQLException e);
}
