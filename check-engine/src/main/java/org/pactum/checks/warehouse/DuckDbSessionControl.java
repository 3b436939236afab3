package org.pactum.checks.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.pactum.warehouse.FailureClassifier;

/**
 * DuckDB sessions: autocommit, no server-side timeout (the session cancels from the client), custom
 * queries checked with {@code json_serialize_sql} (DuckDB cannot enforce read-only transactions on
 * a shared connection), failures classified by message (DuckDB reports no SQLState: {@link
 * FailureClassifier#ofDuckDbMessage}).
 */
final class DuckDbSessionControl implements SessionControl {
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void prepare(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
  }

  @Override
  public void beginStatement(Connection connection, Duration timeout) {
    // no server-side timeout: the session cancels the statement from the client
  }

  @Override
  public void endStatement(Connection connection) {}

  @Override
  public Optional<String> rejectCustomSql(Connection connection, String sql) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("select json_serialize_sql(cast(? as varchar))")) {
      ps.setString(1, sql);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        JsonNode tree = json.readTree(rs.getString(1));
        if (tree.path("error").asBoolean(false)) {
          String type = tree.path("error_type").asText("");
          return Optional.of(
              type.equals("not implemented")
                  ? "a sql check must be a read-only SELECT query"
                  : "the query does not parse: " + tree.path("error_message").asText(""));
        }
        if (tree.path("statements").size() != 1) {
          return Optional.of("a sql check must be a single SELECT statement");
        }
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.of("the query could not be analysed");
    }
  }

  @Override
  public SqlFailure classify(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    return new SqlFailure(
        FailureClassifier.ofDuckDbMessage(message), detail(message), e.getSQLState());
  }

  /** The line that says what went wrong, without the "LINE 1: select …" echo of the statement. */
  static String detail(String message) {
    for (String raw : message.split("\n")) {
      String line = raw.strip();
      if (line.startsWith("Error: ")) {
        line = line.substring("Error: ".length());
      }
      if (line.isEmpty()
          || line.startsWith("LINE ")
          || line.startsWith("^")
          || line.contains("Attempting to execute an unsuccessful or closed pending query")) {
        continue;
      }
      return line;
    }
    return "";
  }
}
