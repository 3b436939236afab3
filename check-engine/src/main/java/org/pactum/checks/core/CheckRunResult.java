package org.pactum.checks.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a run found.
 *
 * @param runId the run's id (the caller's, or generated)
 * @param contractId the contract checked
 * @param contractVersion the registry version judged against
 * @param dataset the dataset key {@code <datasource>:<table>}
 * @param status the worst check status (ERROR when the run could not judge some check)
 * @param error why the run as a whole failed (datasource unreachable, table missing), or null
 * @param results one outcome per check, in contract order
 * @param metrics the metrics stored as history
 * @param plan the compiled plan, when compilation got that far
 * @param trigger who asked for the run ({@code api}, {@code schedule}, {@code backfill}…), or null
 */
public record CheckRunResult(
    String runId,
    String contractId,
    int contractVersion,
    String dataset,
    Status status,
    Instant startedAt,
    Instant finishedAt,
    String error,
    List<CheckOutcome> results,
    List<MetricObservation> metrics,
    ScanPlan plan,
    Trigger trigger) {
  public CheckRunResult {
    results = List.copyOf(results);
    metrics = List.copyOf(metrics);
  }

  public CheckRunResult(
      String runId,
      String contractId,
      int contractVersion,
      String dataset,
      Status status,
      Instant startedAt,
      Instant finishedAt,
      String error,
      List<CheckOutcome> results,
      List<MetricObservation> metrics,
      ScanPlan plan) {
    this(
        runId,
        contractId,
        contractVersion,
        dataset,
        status,
        startedAt,
        finishedAt,
        error,
        results,
        metrics,
        plan,
        null);
  }

  public Optional<CheckOutcome> result(String checkName) {
    return results.stream().filter(r -> r.checkName().equals(checkName)).findFirst();
  }

  public Optional<ScanPlan> scanPlan() {
    return Optional.ofNullable(plan);
  }
}
