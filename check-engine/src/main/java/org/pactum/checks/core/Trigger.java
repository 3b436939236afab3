package org.pactum.checks.core;

import java.util.Locale;

/**
 * Who asked for a check run. Stored in {@code checks.check_run.trigger} and shown in the API as its
 * lower-case {@link #wire() wire name}. What a server restart does to a run depends on it: at
 * start-up {@code RunCoordinator.recoverAbandoned} records every run of any trigger still {@code
 * QUEUED} as ERROR (the queue lives in memory), and a run still {@code RUNNING} as ERROR only when
 * {@link #abandonedWhenRunningAtRestart()} (the server's own runs); other triggers run in another
 * process (the CLI, a benchmark) that may still be working.
 */
public enum Trigger {
  /**
   * {@code POST /api/v1/runs}. Restart: queued or running → ERROR ("the server stopped before the
   * run finished; submit it again"); the caller submits again.
   */
  API,
  /**
   * {@code pactum checks run}: the engine runs in the CLI's process, never queued. Restart of a
   * server: the run is not touched (a row left {@code RUNNING} stays so).
   */
  CLI,
  /**
   * The freshness scheduler. Restart: queued or running → ERROR; the scheduler submits the contract
   * again at its next round.
   */
  SCHEDULE,
  /**
   * A backfilled day ({@code POST /api/v1/contracts/{id}/backfill}), through the coordinator's
   * queue; raises no alerts. Restart: a queued day → ERROR; a day left {@code RUNNING} stays so
   * (not swept); the remaining days are not run. Backfilling the range again replaces the days (run
   * ids are deterministic).
   */
  BACKFILL,
  /**
   * Demo data. No caller records it today (the demo replay records its runs as {@link #CLI}).
   * Restart: treated like {@link #CLI} (a row left {@code RUNNING} stays so).
   */
  DEMO,
  /**
   * Benchmarks calling the engine directly in their own JVM. Restart: treated like {@link #CLI} (a
   * row left {@code RUNNING} stays so).
   */
  BENCH,
  /**
   * A window of a Kafka stream, counted by the stream validator as records flowed and judged when
   * it closed ({@code MeasuredRuns}): the run starts at the window's start and finishes at its end
   * (event time), on dataset {@code kafka:<input topic>}. Restart: not touched — a window left
   * {@code RUNNING} by a lost instance is offered again by Kafka Streams (same run id) and
   * replaced.
   */
  STREAM;

  /** The stored and JSON form: {@code api}, {@code schedule}… */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a run of this trigger still {@code RUNNING} at a server's start-up is marked ERROR. */
  public boolean abandonedWhenRunningAtRestart() {
    return this == API || this == SCHEDULE;
  }

  /**
   * The trigger of a wire name.
   *
   * @throws IllegalArgumentException for a name no trigger has
   */
  public static Trigger fromWire(String wire) {
    for (Trigger t : values()) {
      if (t.wire().equals(wire)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown run trigger '" + wire + "'");
  }

  @Override
  public String toString() {
    return wire();
  }
}
