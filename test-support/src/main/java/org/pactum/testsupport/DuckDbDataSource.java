package org.pactum.testsupport;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * An in-memory DuckDB database ({@code jdbc:duckdb:}) handed out as connections that share it: each
 * {@link #getConnection()} duplicates one root connection, so tables one connection creates are
 * visible to the next. Closing the data source closes the root and with it the database.
 *
 * <p>Used by check-engine's DuckDB tests and the benchmarks. The DuckDB driver is an optional
 * dependency of this module: a module that uses this class declares {@code org.duckdb:duckdb_jdbc}
 * itself.
 */
public final class DuckDbDataSource implements DataSource, AutoCloseable {
  private final DuckDBConnection root;

  /** Opens a new, empty in-memory database. */
  public DuckDbDataSource() {
    try {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs one statement on a connection of its own (test set-up); a failure names the SQL. */
  public void execute(String sql) {
    try (Connection c = getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test SQL failed: " + sql, e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return root.duplicate();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public void close() throws SQLException {
    root.close();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
