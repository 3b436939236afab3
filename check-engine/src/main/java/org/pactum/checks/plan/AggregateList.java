package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactum.checks.core.MetricKey;

/**
 * The aggregate expressions of one single-row statement, each feeding one metric; a metric several
 * checks need is computed once.
 */
final class AggregateList {
  private final Map<MetricKey, Fragment> items = new LinkedHashMap<>();
  private final Set<String> checks = new LinkedHashSet<>();

  void add(MetricKey key, Fragment expression) {
    items.putIfAbsent(key, expression);
  }

  void feeds(String checkName) {
    checks.add(checkName);
  }

  boolean has(MetricKey key) {
    return items.containsKey(key);
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  PlannedQuery toQuery(QueryKind kind, String tableSql, Fragment scope) {
    StringBuilder sql = new StringBuilder("select ");
    List<Object> params = new ArrayList<>();
    List<MetricKey> metrics = new ArrayList<>();
    int i = 0;
    for (Map.Entry<MetricKey, Fragment> e : items.entrySet()) {
      sql.append(i == 0 ? "" : ",\n       ").append(e.getValue().sql()).append(" as m").append(i);
      params.addAll(e.getValue().params());
      metrics.add(e.getKey());
      i++;
    }
    sql.append("\nfrom ").append(tableSql);
    if (scope != null) {
      sql.append("\nwhere (").append(scope.sql()).append(')');
      params.addAll(scope.params());
    }
    return new PlannedQuery(kind, new ArrayList<>(checks), sql.toString(), params, metrics);
  }
}
