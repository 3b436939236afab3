package org.pactum.lineage.erasure.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.lineage.erasure.core.PlannedDataset.Mode;

/**
 * The SQL of one dataset's erasure on a PostgreSQL warehouse. Identifiers are validated and quoted;
 * the subject id, the salt and the redaction marker are bound. The subject id is bound untyped
 * ({@code Types.OTHER}) so PostgreSQL reads it as the key column's type and its index is used.
 *
 * <p>Erased state, per action (what {@link #remaining} counts as <em>not</em> erased among the rows
 * whose key still equals the subject id):
 *
 * <ul>
 *   <li>{@code delete_row}: any row at all;
 *   <li>{@code nullify}: the column is not null;
 *   <li>{@code redact}: the column is not null and its text is not {@value #REDACTED};
 *   <li>{@code hash}: the column is not null and its text is not 64 lowercase hex digits (the form
 *       {@code hex(SHA-256(salt || value))} writes).
 * </ul>
 */
public final class DatasetEraser {
  /** What {@code redact} writes. */
  public static final String REDACTED = "[erased]";

  private static final String HEX64 = "^[0-9a-f]{64}$";

  private final Duration statementTimeout;

  public DatasetEraser(Duration statementTimeout) {
    this.statementTimeout = statementTimeout;
  }

  /** Rows found and rows changed by one attempt. */
  public record Counts(long matched, long affected) {}

  /** Deletes or updates the subject's rows in one transaction. */
  public Counts erase(DataSource ds, PlannedDataset d, String subjectId, String salt)
      throws SQLException {
    String table = SqlIdentifiers.table(d.table());
    String key = SqlIdentifiers.column(d.keyColumn());
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        timeout(c);
        long matched;
        try (PreparedStatement s =
            c.prepareStatement("select count(*) from " + table + " where " + key + " = ?")) {
          s.setObject(1, subjectId, Types.OTHER);
          matched = single(s);
        }
        long affected;
        if (d.mode() == Mode.DELETE) {
          try (PreparedStatement s =
              c.prepareStatement("delete from " + table + " where " + key + " = ?")) {
            s.setObject(1, subjectId, Types.OTHER);
            affected = s.executeUpdate();
          }
        } else {
          List<String> sets = new ArrayList<>();
          List<String> binds = new ArrayList<>();
          for (Map.Entry<String, ErasureAction> e : d.columns().entrySet()) {
            String col = SqlIdentifiers.column(e.getKey());
            switch (e.getValue()) {
              case NULLIFY -> sets.add(col + " = null");
              case REDACT -> {
                sets.add(col + " = ?");
                binds.add(REDACTED);
              }
              case HASH -> {
                sets.add(
                    col
                        + " = encode(sha256(convert_to(? || cast("
                        + col
                        + " as text), 'UTF8')), 'hex')");
                binds.add(salt);
              }
              case DELETE_ROW -> throw new IllegalStateException("delete_row in an update plan");
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "update "
                      + table
                      + " set "
                      + String.join(", ", sets)
                      + " where "
                      + key
                      + " = ?")) {
            int i = 1;
            for (String b : binds) {
              s.setObject(i++, b, Types.OTHER);
            }
            s.setObject(i, subjectId, Types.OTHER);
            affected = s.executeUpdate();
          }
        }
        c.commit();
        return new Counts(matched, affected);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    }
  }

  /** The subject's rows still holding un-erased data, by a fresh re-query after the commit. */
  public long remaining(DataSource ds, PlannedDataset d, String subjectId) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        timeout(c);
        try (PreparedStatement s =
            c.prepareStatement(
                "select count(*) from "
                    + SqlIdentifiers.table(d.table())
                    + " where "
                    + SqlIdentifiers.column(d.keyColumn())
                    + " = ? and ("
                    + notErased(d)
                    + ")")) {
          s.setObject(1, subjectId, Types.OTHER);
          return single(s);
        }
      } finally {
        rollbackQuietly(c);
      }
    }
  }

  /** A predicate true for a row that still holds data the plan erases (see the class comment). */
  public static String notErased(PlannedDataset d) {
    if (d.mode() == Mode.DELETE) {
      return "true";
    }
    List<String> any = new ArrayList<>();
    d.columns()
        .forEach(
            (name, action) -> {
              String col = SqlIdentifiers.column(name);
              String text = "cast(" + col + " as text)";
              any.add(
                  switch (action) {
                    case NULLIFY -> col + " is not null";
                    case REDACT -> col + " is not null and " + text + " <> '" + REDACTED + "'";
                    case HASH -> col + " is not null and " + text + " !~ '" + HEX64 + "'";
                    case DELETE_ROW -> "true";
                  });
            });
    return any.isEmpty() ? "false" : "(" + String.join(") or (", any) + ")";
  }

  private void timeout(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("set local statement_timeout = " + Math.max(1, statementTimeout.toMillis()));
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
