package org.pactum.checks.core;

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

  /** The latest approved baseline reset of the metric, if any. */
  default Optional<BaselineApproval> latestReset(String dataset, String metric, String column) {
    return Optional.empty();
  }

  default Optional<StoredMetric> latest(
      String dataset, String metric, String column, String excludeRunId) {
    return recent(dataset, metric, column, 1, excludeRunId).stream().findFirst();
  }
}
