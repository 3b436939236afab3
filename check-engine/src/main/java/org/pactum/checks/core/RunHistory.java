package org.pactum.checks.core;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads runs and their results back from the result log, newest first. */
public interface RunHistory {
  /** The largest page any listing returns. */
  int MAX_PAGE = 200;

  /** One run with its results. */
  Optional<StoredRun> find(String runId);

  /**
   * A keyset position in a listing: the run's time (its start, or its acceptance while queued) and
   * its id, which breaks ties.
   */
  record Position(Instant at, String runId) {
    /** The position of {@code run}. */
    public static Position of(StoredRun run) {
      return new Position(run.startedAt() != null ? run.startedAt() : run.queuedAt(), run.runId());
    }
  }

  /**
   * Runs matching every given filter, newest first (by start, or by acceptance while queued; ties
   * by run id, descending).
   *
   * @param contractId only this contract's runs, or null
   * @param state only runs in this state, or null
   * @param since only runs started (or queued) at or after this instant, or null
   * @param after only runs after this position in that order (the next page), or null
   * @param limit at most this many, 1 … {@link #MAX_PAGE} + 1 (a page and one more)
   * @param withResults whether to read each run's results too
   */
  List<StoredRun> list(
      String contractId,
      RunState state,
      Instant since,
      Position after,
      int limit,
      boolean withResults);

  /** The first {@code limit} runs matching every given filter, newest first. */
  default List<StoredRun> list(
      String contractId, RunState state, Instant since, int limit, boolean withResults) {
    return list(contractId, state, since, null, limit, withResults);
  }

  /** Each given contract's newest run, without results, by contract id (absent: none yet). */
  Map<String, StoredRun> latest(Collection<String> contractIds);
}
