package org.pactum.lineage.erasure.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.lineage.erasure.core.PlannedDataset.Mode;
import org.pactum.lineage.erasure.warehouse.Warehouse;
import org.pactum.lineage.erasure.warehouse.WarehouseFailure;
import org.pactum.warehouse.TableName;

/**
 * The SQL of one dataset's erasure on a PostgreSQL warehouse, run by the {@link Warehouse}.
 * Identifiers are validated and quoted by the rules shared with the check engine ({@link
 * TableName}, {@link FieldPath}); the subject id, the salt and the redaction marker are bound
 * (untyped, so PostgreSQL reads the subject id as the key column's type and its index is used).
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

  /** Rows found and rows changed by one attempt. */
  public record Counts(long matched, long affected) {}

  /** Deletes or updates the subject's rows in one transaction. */
  public Counts erase(Warehouse warehouse, PlannedDataset d, String subjectId, String salt)
      throws WarehouseFailure {
    String table = TableName.parse(d.table()).quoted();
    String key = FieldPath.quotedColumn(d.keyColumn());
    String count = "select count(*) from " + table + " where " + key + " = ?";
    Warehouse.Changed changed;
    if (d.mode() == Mode.DELETE) {
      changed =
          warehouse.change(
              count, "delete from " + table + " where " + key + " = ?", List.of(), subjectId);
    } else {
      List<String> binds = new ArrayList<>();
      String sets = assignments(d, salt, binds);
      changed =
          warehouse.change(
              count,
              "update " + table + " set " + sets + " where " + key + " = ?",
              binds,
              subjectId);
    }
    return new Counts(changed.matched(), changed.affected());
  }

  /**
   * The subject's rows, counted read-only: what a dataset whose PII columns are all retained keeps
   * (nothing is changed there).
   */
  public long rows(Warehouse warehouse, PlannedDataset d, String subjectId)
      throws WarehouseFailure {
    return warehouse.count(
        "select count(*) from "
            + TableName.parse(d.table()).quoted()
            + " where "
            + FieldPath.quotedColumn(d.keyColumn())
            + " = ?",
        subjectId);
  }

  /** The subject's rows still holding un-erased data, by a fresh re-query after the commit. */
  public long remaining(Warehouse warehouse, PlannedDataset d, String subjectId)
      throws WarehouseFailure {
    return warehouse.count(
        "select count(*) from "
            + TableName.parse(d.table()).quoted()
            + " where "
            + FieldPath.quotedColumn(d.keyColumn())
            + " = ? and ("
            + notErased(d)
            + ")",
        subjectId);
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
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (Map.Entry<String, ErasureAction> e : d.columns().entrySet()) {
      String field = e.getKey();
      FieldPath f = FieldPath.parse(field);
      String col = f.columnSql();
      String path = f.nested() ? f.pathSql() : null;
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
    FieldPath f = FieldPath.parse(field);
    return f.nested()
        ? "(" + f.columnSql() + " #>> " + f.pathSql() + ")"
        : "cast(" + f.columnSql() + " as text)";
  }
}
