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
   * Runs matching every given filter, newest first (by start, or by acceptance while queued).
   *
   * @param contractId only this contract's runs, or null
   * @param state only runs in this state, or null
   * @param since only runs started (or queued) at or after this instant, or null
   * @param limit at most this many, 1 … {@link #MAX_PAGE}
   * @param withResults whether to read each run's results too
   */
  List<StoredRun> list(
      String contractId, RunState state, Instant since, int limit, boolean withResults);

  /** Each given contract's newest run, without results, by contract id (absent: none yet). */
  Map<String, StoredRun> latest(Collection<String> contractIds);
}
