package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.checks.core.MetricKey;

/**
 * Distinct counts as statements of their own, one per column: {@code select count(*) from (select c
 * from t where c is not null group by c)}, which PostgreSQL runs as a parallel hash aggregate,
 * where {@code count(distinct c)} is a serial sort. Checks that need the same column's count share
 * its statement.
 */
final class DistinctCounts {
  private record Column(MetricKey key, String sql, List<String> checks) {}

  private final Map<MetricKey, Column> columns = new LinkedHashMap<>();

  void add(MetricKey key, String columnSql, String checkName) {
    columns
        .computeIfAbsent(key, k -> new Column(k, columnSql, new ArrayList<>()))
        .checks()
        .add(checkName);
  }

  /**
   * The statements, one per column, except for columns whose count {@code serial} already computes
   * (a {@code unique} on the same column): their checks read it from there.
   */
  List<PlannedQuery> toQueries(String tableSql, Fragment scope, AggregateList serial) {
    List<PlannedQuery> queries = new ArrayList<>();
    for (Column c : columns.values()) {
      if (serial.has(c.key())) {
        c.checks().forEach(serial::feeds);
        continue;
      }
      List<Object> params = new ArrayList<>();
      StringBuilder where = new StringBuilder(c.sql()).append(" is not null");
      if (scope != null) {
        where.append(" and (").append(scope.sql()).append(')');
        params.addAll(scope.params());
      }
      String sql =
          "select count(*) as m0\nfrom (select "
              + c.sql()
              + " from "
              + tableSql
              + " where "
              + where
              + " group by "
              + c.sql()
              + ") as distinct_values";
      queries.add(
          new PlannedQuery(QueryKind.DISTINCT_COUNT, c.checks(), sql, params, List.of(c.key())));
    }
    return queries;
  }
}
