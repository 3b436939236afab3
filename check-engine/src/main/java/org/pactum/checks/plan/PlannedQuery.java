package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pactum.checks.core.MetricKey;

/**
 * One statement of a plan.
 *
 * @param kind what the statement is for
 * @param checks the names of the checks it feeds
 * @param sql the statement, with {@code ?} for every value
 * @param params the bound values, in placeholder order
 * @param metrics for single-row aggregate statements, the metric each column feeds (column {@code
 *     i} is aliased {@code m<i>}); empty for row-returning statements
 */
public record PlannedQuery(
    QueryKind kind, List<String> checks, String sql, List<Object> params, List<MetricKey> metrics) {
  public PlannedQuery {
    checks = List.copyOf(checks);
    params = Collections.unmodifiableList(new ArrayList<>(params));
    metrics = List.copyOf(metrics);
  }

  /** The alias of {@code metric}'s column ({@code m3}), or null if this query does not feed it. */
  String aliasOf(MetricKey metric) {
    int i = metrics.indexOf(metric);
    return i < 0 ? null : "m" + i;
  }
}
