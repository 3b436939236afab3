package org.pactum.checks.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pactum.contracts.model.DataContract;

/**
 * A check run: who asked for which contract version on which dataset, and where it is in its life —
 * one row of {@code checks.check_run}. Its results are {@link CheckOutcome}s kept beside it.
 *
 * @param contractVersion the catalog version judged against
 * @param contractSemver the contract document's semantic version, or null
 * @param dataset the dataset checked, or null when the contract has none (such a run ends in ERROR
 *     at once and is stored under the empty key)
 * @param loadId the load checked, or null
 * @param params the scope parameters the run was asked for, as text (as the result log keeps them)
 * @param queuedAt when the coordinator accepted it, or null for a run that was not queued (the CLI,
 *     the demo, benchmarks)
 * @param startedAt when it started, or null while queued
 * @param finishedAt when it finished, or null while queued or running
 * @param error why the run as a whole failed (datasource unreachable, table missing), or null
 */
public record Run(
    RunId id,
    String contractId,
    int contractVersion,
    String contractSemver,
    DatasetKey dataset,
    Trigger trigger,
    String loadId,
    Map<String, String> params,
    RunState state,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt,
    String error) {
  public Run {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(state, "state");
    params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** Scope parameters as text, as the result log keeps them (null values stay null). */
  public static Map<String, String> text(Map<String, ?> params) {
    Map<String, String> text = new LinkedHashMap<>();
    params.forEach((k, v) -> text.put(k, v == null ? null : v.toString()));
    return text;
  }

  /** The run a request asks for, accepted into the queue at {@code at}. */
  public static Run queued(RunRequest request, Instant at) {
    return of(request, RunState.QUEUED, at, null);
  }

  /** The run a request asks for, started at {@code at} without being queued. */
  public static Run started(RunRequest request, Instant at) {
    return of(request, RunState.RUNNING, null, at);
  }

  private static Run of(RunRequest request, RunState state, Instant queuedAt, Instant startedAt) {
    DataContract c = request.contract();
    return new Run(
        request.runId(),
        c.id(),
        request.contractVersion(),
        c.version(),
        c.dataset() == null ? null : DatasetKey.of(c.dataset()),
        request.trigger(),
        request.loadId(),
        text(request.params()),
        state,
        queuedAt,
        startedAt,
        null,
        null);
  }

  /** This run, started (again, for a queued run) at {@code at}. */
  public Run started(Instant at) {
    return new Run(
        id,
        contractId,
        contractVersion,
        contractSemver,
        dataset,
        trigger,
        loadId,
        params,
        RunState.RUNNING,
        queuedAt,
        at,
        null,
        null);
  }

  /** This run, finished at {@code at} with a verdict and, when it failed as a whole, an error. */
  public Run finished(Status verdict, Instant at, String why) {
    return new Run(
        id,
        contractId,
        contractVersion,
        contractSemver,
        dataset,
        trigger,
        loadId,
        params,
        RunState.of(verdict),
        queuedAt,
        startedAt,
        at,
        why);
  }

  /** The dataset as the result log writes it, {@code <datasource>:<table>}, or {@code ""}. */
  public String datasetText() {
    return dataset == null ? "" : dataset.toString();
  }

  /** The datasource checked, or {@code ""} when the contract has no dataset. */
  public String datasource() {
    return dataset == null ? "" : dataset.datasource();
  }

  /**
   * The run's place in listings: its start, or its acceptance while queued.
   *
   * @see RunHistory.Position
   */
  Instant listedAt() {
    return startedAt != null ? startedAt : queuedAt;
  }
}
