package org.pactum.checks.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.Optional;
import org.pactum.checks.plan.SqlText;
import org.pactum.warehouse.FailureClassifier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL sessions: read-only transactions with a server-side {@code statement_timeout}, text
 * bound untyped, failures classified by SQLState ({@link FailureClassifier#ofSqlState}).
 */
final class PostgresSessionControl implements SessionControl {
  @Override
  public void prepare(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    try (Statement s = connection.createStatement()) {
      // Even a custom query that ends its transaction cannot start a writable one.
      s.execute("set session characteristics as transaction read only");
    }
    connection.commit();
  }

  @Override
  public void beginStatement(Connection connection, Duration timeout) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("set local statement_timeout = " + Math.max(1, timeout.toMillis()));
    }
  }

  @Override
  public void endStatement(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the next statement reports it
    }
  }

  @Override
  public Optional<String> rejectCustomSql(Connection connection, String sql) {
    // The transaction is read-only and the session default is read-only: PostgreSQL enforces it.
    return SqlText.singleStatement(sql)
        ? Optional.empty()
        : Optional.of("a sql check must be a single statement (found ';' between statements)");
  }

  @Override
  public void bindText(PreparedStatement statement, int index, String value) throws SQLException {
    // untyped: the server infers the type from context (timestamptz, bigint, an enum...)
    statement.setObject(index, value, Types.OTHER);
  }

  @Override
  public SqlFailure classify(SQLException e) {
    String state = e.getSQLState();
    return new SqlFailure(FailureClassifier.ofSqlState(state), detail(e), state);
  }

  private static String detail(SQLException e) {
    if (e instanceof PSQLException p) {
      ServerErrorMessage server = p.getServerErrorMessage();
      if (server != null && server.getMessage() != null) {
        return firstLine(server.getMessage());
      }
    }
    return firstLine(e.getMessage());
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}
