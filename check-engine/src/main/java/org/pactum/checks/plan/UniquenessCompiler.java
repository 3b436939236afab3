package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.UniqueCheck;

/**
 * The part of {@link PlanCompiler} that counts distinct values: {@code unique} checks (one column
 * or a composite key) and the {@code distinct_count}/{@code duplicate_count} metrics. Where a
 * unique index among the checked columns already guarantees the answer ({@link
 * ResolvedCheck#uniqueByIndex()}), nothing is counted beyond the fused scan's non-null count.
 */
final class UniquenessCompiler {
  private final Dialect dialect;

  UniquenessCompiler(Dialect dialect) {
    this.dialect = dialect;
  }

  /** {@code count(c)}; {@code count(*)} (no argument to test per row) for a NOT NULL column. */
  Fragment nonNullCount(ColumnInfo column) {
    return Fragment.of(column.notNull() ? "count(*)" : "count(" + dialect.column(column) + ")");
  }

  /** A {@code unique} check: its counts in the fused scan, and what cannot share it elsewhere. */
  void unique(
      ResolvedCheck rc,
      TableRef table,
      Fragment scope,
      AggregateList fused,
      AggregateList serial,
      List<PlannedQuery> separate) {
    String name = rc.name();
    UniqueCheck check = (UniqueCheck) rc.check();
    fused.feeds(name);
    if (check.columns().size() == 1) {
      String column = check.columns().get(0);
      fused.add(MetricKey.nonNullCount(column), nonNullCount(rc.column()));
      if (rc.uniqueByIndex()) {
        // a unique index keeps the non-null values distinct: as many as there are, no sort
        fused.add(MetricKey.distinctCount(column), nonNullCount(rc.column()));
      } else {
        // A column meant to be unique has about as many distinct values as rows: a hash
        // aggregate of that many groups spills to disk, where one sort does not (10M rows: 15 s
        // vs 34 s).
        serial.add(
            MetricKey.distinctCount(column),
            Fragment.of("count(distinct " + dialect.column(rc.column()) + ")"));
        serial.feeds(name);
      }
      return;
    }
    fused.add(
        MetricKey.keyRows(name), Fragment.of("count(*) filter (where " + keysNotNull(rc) + ")"));
    if (rc.uniqueByIndex()) {
      // a unique index among the key's columns: no complete key repeats
      fused.add(MetricKey.duplicateRows(name), Fragment.of("0"));
      fused.add(MetricKey.duplicateKeys(name), Fragment.of("0"));
    } else {
      separate.add(duplicateKeys(rc, table, scope));
    }
  }

  /**
   * A column's distinct count for the metric {@code key}, feeding {@code check}: usually of a
   * column with far fewer distinct values than rows, which a parallel hash aggregate counts fastest
   * where the dialect offers it; for a column a unique index keeps distinct, its non-null count in
   * the fused scan.
   */
  void distinctCount(
      MetricKey key,
      ResolvedCheck rc,
      AggregateList fused,
      AggregateList serial,
      DistinctCounts distinct) {
    String check = rc.name();
    if (rc.uniqueByIndex()) {
      fused.add(key, nonNullCount(rc.column()));
      fused.feeds(check);
      return;
    }
    String col = dialect.column(rc.column());
    if (dialect.distinctViaGroupBy()) {
      distinct.add(key, col, check);
    } else {
      serial.add(key, Fragment.of("count(distinct " + col + ")"));
      serial.feeds(check);
    }
  }

  /**
   * Failed rows of a failing {@code unique} check: the most repeated complete keys with their
   * occurrences, at most {@code limit}.
   */
  PlannedQuery repeatedKeys(ResolvedCheck rc, TableRef table, Fragment scope, int limit) {
    String cols = keyList(rc);
    Fragment where = completeKeys(rc, scope);
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    String sql =
        "select "
            + cols
            + ", count(*) as "
            + dialect.quote("occurrences")
            + " from "
            + table.sql()
            + " where "
            + where.sql()
            + " group by "
            + cols
            + " having count(*) > 1 order by count(*) desc limit ?";
    return new PlannedQuery(QueryKind.SAMPLE, List.of(rc.name()), sql, params, List.of());
  }

  private String keyList(ResolvedCheck rc) {
    return String.join(", ", rc.columns().stream().map(dialect::column).toList());
  }

  private String keysNotNull(ResolvedCheck rc) {
    return String.join(
        " and ", rc.columns().stream().map(c -> dialect.column(c) + " is not null").toList());
  }

  /** The rows with a complete key within the scope. */
  private Fragment completeKeys(ResolvedCheck rc, Fragment scope) {
    return scope == null
        ? Fragment.of(keysNotNull(rc))
        : new Fragment(keysNotNull(rc) + " and (" + scope.sql() + ")", scope.params());
  }

  private PlannedQuery duplicateKeys(ResolvedCheck rc, TableRef table, Fragment scope) {
    Fragment where = completeKeys(rc, scope);
    String sql =
        "select coalesce(sum(n - 1), 0) as m0, count(*) as m1\nfrom (select count(*) as n from "
            + table.sql()
            + " where "
            + where.sql()
            + " group by "
            + keyList(rc)
            + " having count(*) > 1) as duplicates";
    return new PlannedQuery(
        QueryKind.DUPLICATE_KEYS,
        List.of(rc.name()),
        sql,
        where.params(),
        List.of(MetricKey.duplicateRows(rc.name()), MetricKey.duplicateKeys(rc.name())));
  }
}
