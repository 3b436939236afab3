package org.pactum.checks.learn;

import java.time.Instant;
import java.util.Map;

/**
 * One metric observation read back from history.
 *
 * @param anomalous the load was an outlier of its anomaly check: baselines do not learn from it
 */
public record StoredMetric(
    String runId, Double value, Map<String, Object> detail, Instant observedAt, boolean anomalous) {
  public StoredMetric {
    detail = detail == null ? Map.of() : detail;
  }

  public StoredMetric(String runId, Double value, Map<String, Object> detail, Instant observedAt) {
    this(runId, value, detail, observedAt, false);
  }
}
