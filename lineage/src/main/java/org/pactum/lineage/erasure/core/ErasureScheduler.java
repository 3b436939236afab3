package org.pactum.lineage.erasure.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reconciliation sweep every {@code sweepInterval} and tells the {@link OverdueListener}
 * about overdue requests every {@code overdueInterval}; a zero interval disables the job.
 */
public final class ErasureScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureScheduler.class);
  private static final int OVERDUE_BATCH = 1000;

  private final ReconciliationSweep sweep;
  private final ErasureService service;
  private final OverdueListener overdue;
  private final Duration sweepInterval;
  private final Duration overdueInterval;
  private ScheduledExecutorService timer;

  public ErasureScheduler(
      ReconciliationSweep sweep,
      ErasureService service,
      OverdueListener overdue,
      Duration sweepInterval,
      Duration overdueInterval) {
    this.sweep = sweep;
    this.service = service;
    this.overdue = overdue;
    this.sweepInterval = sweepInterval;
    this.overdueInterval = overdueInterval;
  }

  public synchronized void start() {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "erasure-scheduler");
              t.setDaemon(true);
              return t;
            });
    if (!sweepInterval.isZero()) {
      long ms = sweepInterval.toMillis();
      timer.scheduleWithFixedDelay(
          () -> guarded("sweep", () -> sweep.run("schedule")), ms, ms, TimeUnit.MILLISECONDS);
    }
    if (!overdueInterval.isZero()) {
      long ms = overdueInterval.toMillis();
      timer.scheduleWithFixedDelay(
          () -> guarded("overdue", this::checkOverdue), 0, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** Tells the listener about every open request past its due date; returns how many. */
  public int checkOverdue() {
    var late = service.overdue(OVERDUE_BATCH);
    late.forEach(overdue::overdue);
    return late.size();
  }

  private static void guarded(String job, Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("event", "erasure_job_failed")
          .addKeyValue("job", job)
          .addKeyValue("error", e.getClass().getSimpleName())
          .log("erasure job failed");
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
