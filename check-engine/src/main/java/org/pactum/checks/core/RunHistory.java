package org.pactum.checks.core;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads runs and their results back from the result log, newest first. A run's results are read
 * apart from the run: listings need them only sometimes.
 */
public interface RunHistory {
  /** The largest page any listing returns. */
  int MAX_PAGE = 200;

  /** One run. */
  Optional<Run> find(RunId id);

  /** One run's results, in contract order (empty while it is queued or running). */
  default List<CheckOutcome> results(RunId id) {
    return results(List.of(id)).getOrDefault(id, List.of());
  }

  /** The results of each given run that has any, in contract order, by run id. */
  Map<RunId, List<CheckOutcome>> results(Collection<RunId> ids);

  /**
   * A keyset position in a listing: the run's {@link Run#listedAt() time} (its start, or its
   * acceptance while queued) and its id's text, which breaks ties (a cursor may carry any text).
   */
  record Position(Instant at, String runId) {
    /** The position of {@code run}. */
    public static Position of(Run run) {
      return new Position(run.listedAt(), run.id().value());
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
   */
  List<Run> list(String contractId, RunState state, Instant since, Position after, int limit);

  /** The first {@code limit} runs matching every given filter, newest first. */
  default List<Run> list(String contractId, RunState state, Instant since, int limit) {
    return list(contractId, state, since, null, limit);
  }

  /** Each given contract's newest run, by contract id (absent: none yet). */
  Map<String, Run> latest(Collection<String> contractIds);
}
