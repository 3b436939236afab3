package org.pactum.checks.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The metric history baselines learn from ({@code checks.metric_value}), counted from the latest
 * approved baseline reset. Implemented over the store in {@code org.pactum.checks.db}.
 */
public interface MetricHistory {
  /** How many observations of the metric exist since the last reset, other than {@code runId}'s. */
  int observationCount(String dataset, String metric, String column, String excludeRunId);

  /**
   * The most recent observations since the last reset (newest first), other than {@code runId}'s.
   */
  List<StoredMetric> recent(
      String dataset, String metric, String column, int limit, String excludeRunId);

  /**
   * As {@link #recent}, only observations made at or before {@code before}: a past partition (a
   * backfilled day) is judged by what was known then, not by later loads.
   */
  default List<StoredMetric> recentBefore(
      String dataset,
      String metric,
      String column,
      int limit,
      String excludeRunId,
      Instant before) {
    List<StoredMetric> out = new ArrayList<>();
    int fetch = limit;
    while (true) {
      List<StoredMetric> rows = recent(dataset, metric, column, fetch, excludeRunId);
      out.clear();
      rows.stream().filter(m -> !m.observedAt().isAfter(before)).limit(limit).forEach(out::add);
      if (out.size() >= limit || rows.size() < fetch) {
        return out;
      }
      fetch *= 2;
    }
  }

  /** The latest approved baseline reset of the metric, if any. */
  default Optional<BaselineApproval> latestReset(String dataset, String metric, String column) {
    return Optional.empty();
  }

  default Optional<StoredMetric> latest(
      String dataset, String metric, String column, String excludeRunId) {
    return recent(dataset, metric, column, 1, excludeRunId).stream().findFirst();
  }
}
