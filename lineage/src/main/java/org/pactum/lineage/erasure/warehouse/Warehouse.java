package org.pactum.lineage.erasure.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * One PostgreSQL warehouse: prepares, binds and runs the statements the erasure core writes, under
 * the statement timeout. Every value is bound untyped ({@code Types.OTHER}) so PostgreSQL reads it
 * as the column's type (and the key column's index is used). A {@link SQLException} leaves as a
 * {@link WarehouseFailure}, classified by its SQLState.
 */
public final class Warehouse {
  private static final int FETCH = 10_000;

  private final DataSource ds;
  private final Duration statementTimeout;

  Warehouse(DataSource ds, Duration statementTimeout) {
    this.ds = ds;
    this.statementTimeout = statementTimeout;
  }

  /** Rows counted and rows changed by one {@link #change}. */
  public record Changed(long matched, long affected) {}

  /**
   * In one read-write transaction: counts the subject's rows ({@code countSql}, the subject id its
   * one parameter), then changes them ({@code changeSql}: the {@code binds} in order, then the
   * subject id), and commits; rolls back on any failure.
   */
  public Changed change(String countSql, String changeSql, List<String> binds, String subjectId)
      throws WarehouseFailure {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          // one round trip; a shared pool's connections may default to read-only (the check
          // engine's do)
          s.execute(
              "set transaction read write; set local statement_timeout = "
                  + Math.max(1, statementTimeout.toMillis()));
        }
        long matched;
        try (PreparedStatement s = c.prepareStatement(countSql)) {
          s.setObject(1, subjectId, Types.OTHER);
          matched = single(s);
        }
        long affected;
        try (PreparedStatement s = c.prepareStatement(changeSql)) {
          int i = 1;
          for (String b : binds) {
            s.setObject(i++, b, Types.OTHER);
          }
          s.setObject(i, subjectId, Types.OTHER);
          affected = s.executeUpdate();
        }
        c.commit();
        return new Changed(matched, affected);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw WarehouseFailure.of(e);
    }
  }

  /**
   * A {@code count(*)} with the subject id its one parameter, in its own transaction (it sees every
   * commit so far).
   */
  public long count(String sql, String subjectId) throws WarehouseFailure {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      c.setAutoCommit(true);
      s.setQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
      s.setObject(1, subjectId, Types.OTHER);
      return single(s);
    } catch (SQLException e) {
      throw WarehouseFailure.of(e);
    }
  }

  /**
   * Streams the first column of a query (no parameters) as text, through a cursor in batches, in a
   * transaction that is rolled back.
   */
  public void stream(String sql, Consumer<String> firstColumn) throws WarehouseFailure {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false); // a cursor: stream in batches of FETCH rows
      try {
        try (Statement s = c.createStatement()) {
          s.execute("set local statement_timeout = " + Math.max(1, statementTimeout.toMillis()));
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setFetchSize(FETCH);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              firstColumn.accept(rs.getString(1));
            }
          }
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw WarehouseFailure.of(e);
    }
  }

  private static long single(PreparedStatement s) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; nothing was committed
    }
  }
}
