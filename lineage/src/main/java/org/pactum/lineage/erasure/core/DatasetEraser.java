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
 * <p>A PII field is a column or, dotted ({@code card.last4}), a key path inside a jsonb column.
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
 *
 * <p>Retained columns ({@link PlannedDataset#retained()}) are in neither the SET list nor the
 * verification predicate: they are never touched. A dataset with only retained columns is not
 * erased at all: {@link #rows} counts the subject's rows that remain, read-only.
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
        try (Statement s = c.createStatement()) {
          // one round trip; a shared pool's connections may default to read-only (the check
          // engine's do)
          s.execute(
              "set transaction read write; set local statement_timeout = "
                  + Math.max(1, statementTimeout.toMillis()));
        }
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
          List<String> binds = new ArrayList<>();
          String sets = assignments(d, salt, binds);
          try (PreparedStatement s =
              c.prepareStatement("update " + table + " set " + sets + " where " + key + " = ?")) {
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

  /**
   * The subject's rows, counted read-only: what a dataset whose PII columns are all retained keeps
   * (nothing is changed there).
   */
  public long rows(DataSource ds, PlannedDataset d, String subjectId) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from "
                    + SqlIdentifiers.table(d.table())
                    + " where "
                    + SqlIdentifiers.column(d.keyColumn())
                    + " = ?")) {
      c.setAutoCommit(true);
      s.setQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
      s.setObject(1, subjectId, Types.OTHER);
      return single(s);
    }
  }

  /** The subject's rows still holding un-erased data, by a fresh re-query after the commit. */
  public long remaining(DataSource ds, PlannedDataset d, String subjectId) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from "
                    + SqlIdentifiers.table(d.table())
                    + " where "
                    + SqlIdentifiers.column(d.keyColumn())
                    + " = ? and ("
                    + notErased(d)
                    + ")")) {
      c.setAutoCommit(true); // its own transaction: sees every commit so far
      s.setQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
      s.setObject(1, subjectId, Types.OTHER);
      return single(s);
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
            (field, action) -> {
              String text = textOf(field);
              any.add(
                  switch (action) {
                    case NULLIFY -> text + " is not null";
                    case REDACT -> text + " is not null and " + text + " <> '" + REDACTED + "'";
                    case HASH -> text + " is not null and " + text + " !~ '" + HEX64 + "'";
                    case DELETE_ROW -> "true";
                    case RETAIN -> throw new IllegalStateException("retain among erased columns");
                  });
            });
    return any.isEmpty() ? "false" : "(" + String.join(") or (", any) + ")";
  }

  /**
   * The SET list: one assignment per column; nested fields ({@code card.last4}, on a jsonb column)
   * are set with {@code jsonb_set} (never creating a missing key), composed when one column holds
   * several. Bound values are appended to {@code binds} in order.
   */
  static String assignments(PlannedDataset d, String salt, List<String> binds) {
    Map<String, String> byColumn = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, ErasureAction> e : d.columns().entrySet()) {
      String field = e.getKey();
      String col = SqlIdentifiers.column(SqlIdentifiers.fieldColumn(field));
      String path = SqlIdentifiers.fieldPath(field);
      String current = byColumn.getOrDefault(col, col);
      String hashed = "encode(sha256(convert_to(? || " + textOf(field) + ", 'UTF8')), 'hex')";
      String next;
      if (path == null) {
        next =
            switch (e.getValue()) {
              case NULLIFY -> "null";
              case REDACT -> "?";
              case HASH -> hashed;
              case DELETE_ROW -> throw new IllegalStateException("delete_row in an update plan");
              case RETAIN -> throw new IllegalStateException("retain among erased columns");
            };
      } else {
        String value =
            switch (e.getValue()) {
              case NULLIFY -> "'null'::jsonb";
              case REDACT -> "to_jsonb(cast(? as text))";
              case HASH -> "coalesce(to_jsonb(" + hashed + "), 'null'::jsonb)";
              case DELETE_ROW -> throw new IllegalStateException("delete_row in an update plan");
              case RETAIN -> throw new IllegalStateException("retain among erased columns");
            };
        next = "jsonb_set(" + current + ", " + path + ", " + value + ", false)";
      }
      switch (e.getValue()) {
        case REDACT -> binds.add(REDACTED);
        case HASH -> binds.add(salt);
        default -> {}
      }
      byColumn.put(col, next);
    }
    List<String> sets = new ArrayList<>();
    byColumn.forEach((col, expr) -> sets.add(col + " = " + expr));
    return String.join(", ", sets);
  }

  /** The field's current value as text: {@code cast(col as text)} or {@code (col #>> path)}. */
  private static String textOf(String field) {
    String col = SqlIdentifiers.column(SqlIdentifiers.fieldColumn(field));
    String path = SqlIdentifiers.fieldPath(field);
    return path == null ? "cast(" + col + " as text)" : "(" + col + " #>> " + path + ")";
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
