package org.pactum.checks.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run as the result log holds it, with its results (empty while queued or running, or when read
 * as a summary).
 *
 * @param contractVersion the catalog version judged against
 * @param contractSemver the contract document's semantic version, or null
 * @param dataset the dataset key {@code <datasource>:<table>}
 * @param params the scope parameters the run was asked for, as text
 * @param queuedAt when the coordinator accepted it, or null for a run that was not queued (CLI)
 * @param startedAt when it started, or null while queued
 * @param error why the run as a whole failed, or null
 */
public record StoredRun(
    String runId,
    String contractId,
    int contractVersion,
    String contractSemver,
    String dataset,
    String datasource,
    Trigger trigger,
    String loadId,
    Map<String, Object> params,
    RunState state,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt,
    String error,
    List<CheckOutcome> results) {
  public StoredRun {
    params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(params);
    results = List.copyOf(results);
  }
}
