package org.pactum.checks.core;

import java.time.Instant;
import java.util.Map;

/**
 * A run as the result log keeps it ({@code checks.check_run}).
 *
 * @param status null while running
 * @param observedAt when the measured data is from (metrics are stored at this time), or null for
 *     the finish time
 */
public record RunRecord(
    String runId,
    String contractId,
    int contractVersion,
    String contractSemver,
    String dataset,
    String datasource,
    Trigger trigger,
    String loadId,
    Map<String, Object> scopeParams,
    Status status,
    Instant startedAt,
    Instant finishedAt,
    String error,
    Instant observedAt) {
  public RunRecord {
    scopeParams = scopeParams == null ? Map.of() : scopeParams;
  }

  public RunRecord(
      String runId,
      String contractId,
      int contractVersion,
      String contractSemver,
      String dataset,
      String datasource,
      Trigger trigger,
      String loadId,
      Map<String, Object> scopeParams,
      Status status,
      Instant startedAt,
      Instant finishedAt,
      String error) {
    this(
        runId,
        contractId,
        contractVersion,
        contractSemver,
        dataset,
        datasource,
        trigger,
        loadId,
        scopeParams,
        status,
        startedAt,
        finishedAt,
        error,
        null);
  }

  /** When the run's metrics are observed: {@link #observedAt}, or the finish time. */
  public Instant metricsObservedAt() {
    return observedAt != null ? observedAt : finishedAt;
  }

  public RunRecord finished(Status s, Instant at, String err) {
    return new RunRecord(
        runId,
        contractId,
        contractVersion,
        contractSemver,
        dataset,
        datasource,
        trigger,
        loadId,
        scopeParams,
        s,
        startedAt,
        at,
        err,
        observedAt);
  }
}
