package org.pactum.checks.core;

import java.time.Instant;
import java.util.Map;

/** One metric observation read back from history. */
public record StoredMetric(
    String runId, Double value, Map<String, Object> detail, Instant observedAt) {
  public StoredMetric {
    detail = detail == null ? Map.of() : detail;
  }
}
