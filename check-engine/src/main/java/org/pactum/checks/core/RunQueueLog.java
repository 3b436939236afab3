package org.pactum.checks.core;

import java.time.Instant;

/**
 * The result log's side of the run queue: a run is recorded the moment it is accepted, so it can be
 * looked up before it starts. Implemented over the store in {@code org.pactum.checks.db}.
 */
public interface RunQueueLog {
  /**
   * Records (or resets, for a repeated run id) a {@link RunState#QUEUED} run, accepted at its
   * {@link Run#queuedAt()}; an earlier run's results and metrics under the same id go.
   */
  void runQueued(Run run);

  /**
   * Marks runs a previous server process accepted but never finished (queued, or running with
   * trigger {@code api} or {@code schedule}) as ERROR with this message.
   *
   * @return how many runs were marked
   */
  int abandonUnfinished(String message, Instant at);
}
