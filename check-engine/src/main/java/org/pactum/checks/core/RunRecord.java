package org.pactum.checks.core;

import java.time.Instant;
import java.util.Map;

/**
 * A run as the result log keeps it ({@code checks.check_run}).
 *
 * @param status null while running
 */
public record RunRecord(
    String runId,
    String contractId,
    int contractVersion,
    String contractSemver,
    String dataset,
    String datasource,
    String trigger,
    String loadId,
    Map<String, Object> scopeParams,
    Status status,
    Instant startedAt,
    Instant finishedAt,
    String error) {
  public RunRecord {
    scopeParams = scopeParams == null ? Map.of() : scopeParams;
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
        err);
  }
}
