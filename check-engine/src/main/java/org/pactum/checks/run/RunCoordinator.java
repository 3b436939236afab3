package org.pactum.checks.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.Formats;
import org.pactum.checks.core.ResultLog;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunQueueLog;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.contracts.model.Check;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs check runs asynchronously on a bounded pool: tables in parallel, one run per table ({@code
 * <datasource>:<table>}) at a time, later runs of a busy table waiting in that table's queue, in
 * order.
 *
 * <p>{@link #submit} answers at once: the run is recorded as {@code QUEUED} (so it can be looked up
 * immediately) and returned. At most {@code queueCapacity} runs may wait (queued, not yet running);
 * beyond that {@code submit} refuses with {@link Reason#QUEUE_FULL}. A run id that is queued or
 * running cannot be submitted again until it finishes ({@link Reason#RUN_ACTIVE}); once it has
 * finished, submitting it again replaces its results.
 *
 * <p>{@link #shutdown} stops accepting, records every run still waiting as ERROR ("the server shut
 * down before the run started") and gives running runs a grace period before interrupting them.
 */
public final class RunCoordinator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunCoordinator.class);
  static final String SHUT_DOWN_MESSAGE =
      "the server shut down before the run started; submit it again";

  private final CheckEngine engine;
  private final ResultLog log;
  private final RunQueueLog queueLog;
  private final Clock clock;
  private final int queueCapacity;
  private final ThreadPoolExecutor executor;

  private final Object lock = new Object();
  private final Map<String, Deque<Job>> waitingByTable = new HashMap<>();
  private final Set<String> busyTables = new HashSet<>();
  private final Set<String> activeRunIds = new HashSet<>();
  private int waiting; // accepted, not yet started (in a table's queue or the executor's)
  private int running;
  private boolean accepting = true;
  private final Consumer<RunResult> onRunFinished;

  /**
   * @param threads how many runs execute at once (on different tables)
   * @param queueCapacity how many accepted runs may wait to start
   * @param onRunFinished told each run's result once the engine has stored it (e.g. to raise
   *     alerts); a listener that throws is logged and does not affect the run
   */
  public RunCoordinator(
      CheckEngine engine,
      ResultLog log,
      RunQueueLog queueLog,
      int threads,
      int queueCapacity,
      Consumer<RunResult> onRunFinished,
      Clock clock) {
    if (threads < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException("threads and queueCapacity must be at least 1");
    }
    this.engine = engine;
    this.log = log;
    this.queueLog = queueLog;
    this.clock = clock;
    this.queueCapacity = queueCapacity;
    this.onRunFinished = Objects.requireNonNull(onRunFinished, "onRunFinished");
    AtomicInteger n = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "pactum-check-run-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Records runs a previous process left queued or running as ERROR; call once at start-up. */
  public int recoverAbandoned() {
    int n =
        queueLog.abandonUnfinished(
            "the server stopped before the run finished; submit it again", clock.instant());
    if (n > 0) {
      LOG.atWarn()
          .addKeyValue("event", "runs_abandoned")
          .addKeyValue("runs", n)
          .log("check runs abandoned by a previous server process marked ERROR");
    }
    return n;
  }

  public Run submit(RunRequest request) {
    return submit(request, result -> {});
  }

  /**
   * Accepts a run: records it as QUEUED and returns it at once; the run executes when a thread and
   * its table are free.
   *
   * @param whenFinished told this run's result once it is stored (after the {@link #onRunFinished}
   *     listener); not told when the run ends without one (a failure of the store, a shutdown
   *     before it started: the run is recorded as ERROR)
   * @throws ChecksException {@link Reason#RUN_ACTIVE}, {@link Reason#QUEUE_FULL} or {@link
   *     Reason#SHUTTING_DOWN}
   */
  public Run submit(RunRequest request, Consumer<RunResult> whenFinished) {
    String runId = request.runId().value();
    synchronized (lock) {
      if (!accepting) {
        throw new ChecksException(
            Reason.SHUTTING_DOWN, "the check engine is shutting down and accepts no new runs");
      }
      if (activeRunIds.contains(runId)) {
        throw new ChecksException(
            Reason.RUN_ACTIVE,
            "run '"
                + runId
                + "' is queued or running; it can be submitted again once it has finished");
      }
      if (waiting >= queueCapacity) {
        throw new ChecksException(
            Reason.QUEUE_FULL,
            "the run queue is full ("
                + queueCapacity
                + " runs waiting); retry when earlier runs have finished");
      }
      activeRunIds.add(runId);
      waiting++;
    }
    Run queued = Run.queued(request, clock.instant());
    String table = queued.datasetText();
    Job job = new Job(request, queued, whenFinished == null ? result -> {} : whenFinished);
    try {
      queueLog.runQueued(queued);
    } catch (RuntimeException e) {
      synchronized (lock) {
        activeRunIds.remove(runId);
        waiting--;
      }
      throw e;
    }
    synchronized (lock) {
      if (!accepting) {
        waiting--;
        activeRunIds.remove(runId);
        cancelled(List.of(job));
        throw new ChecksException(
            Reason.SHUTTING_DOWN, "the check engine is shutting down and accepts no new runs");
      }
      if (busyTables.add(table)) {
        dispatch(job);
      } else {
        waitingByTable.computeIfAbsent(table, k -> new ArrayDeque<>()).addLast(job);
      }
    }
    return queued;
  }

  /** Whether this run id is queued or running here. */
  public boolean isActive(String runId) {
    synchronized (lock) {
      return activeRunIds.contains(runId);
    }
  }

  /** Runs accepted and waiting to start. */
  public int waiting() {
    synchronized (lock) {
      return waiting;
    }
  }

  /** Runs executing now. */
  public int running() {
    synchronized (lock) {
      return running;
    }
  }

  public int queueCapacity() {
    return queueCapacity;
  }

  public boolean accepting() {
    synchronized (lock) {
      return accepting;
    }
  }

  /**
   * Stops accepting runs, records the waiting ones as ERROR, and waits up to {@code grace} for the
   * running ones before interrupting them.
   */
  public void shutdown(Duration grace) {
    List<Job> dropped = new ArrayList<>();
    synchronized (lock) {
      if (!accepting) {
        return;
      }
      accepting = false;
      waitingByTable.values().forEach(dropped::addAll);
      waitingByTable.clear();
      List<Runnable> pendingTasks = new ArrayList<>();
      executor.getQueue().drainTo(pendingTasks);
      for (Runnable r : pendingTasks) {
        dropped.add(((JobTask) r).job);
      }
      waiting -= dropped.size();
      dropped.forEach(j -> activeRunIds.remove(j.request.runId().value()));
    }
    executor.shutdown();
    cancelled(dropped);
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.atWarn()
            .addKeyValue("event", "runs_interrupted")
            .addKeyValue("grace", Formats.duration(grace))
            .log("check runs still running after the shutdown grace period are interrupted");
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(Duration.ofSeconds(30));
  }

  // --- execution -------------------------------------------------------------------------------

  private record Job(RunRequest request, Run queued, Consumer<RunResult> whenFinished) {
    String table() {
      return queued.datasetText();
    }
  }

  /** The executor's unit of work; drained (and recorded as cancelled) on shutdown. */
  private final class JobTask implements Runnable {
    private final Job job;

    JobTask(Job job) {
      this.job = job;
    }

    @Override
    public void run() {
      execute(job);
    }
  }

  /** Hands a job to the pool; the caller holds {@link #lock} and has marked its table busy. */
  private void dispatch(Job job) {
    try {
      executor.execute(new JobTask(job));
    } catch (RejectedExecutionException e) {
      waiting--;
      activeRunIds.remove(job.request.runId().value());
      busyTables.remove(job.table());
      cancelled(List.of(job));
    }
  }

  private void execute(Job job) {
    synchronized (lock) {
      waiting--;
      running++;
    }
    String runId = job.request.runId().value();
    try {
      RunResult result = engine.run(job.queued, job.request);
      tell(onRunFinished, result, runId);
      tell(job.whenFinished, result, runId);
    } catch (RuntimeException e) {
      // The engine reports warehouse problems as results; this is the store or a bug.
      String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
      LOG.atError()
          .addKeyValue("event", "run_failed")
          .addKeyValue("run_id", runId)
          .addKeyValue("error_id", id)
          .setCause(e)
          .log("check run failed unexpectedly");
      recordError(job, "the run failed unexpectedly; it has been logged with error id " + id);
    } finally {
      synchronized (lock) {
        running--;
        activeRunIds.remove(runId);
        Deque<Job> next = waitingByTable.get(job.table());
        Job following = next == null ? null : next.pollFirst();
        if (next != null && next.isEmpty()) {
          waitingByTable.remove(job.table());
        }
        if (following == null) {
          busyTables.remove(job.table());
        } else if (accepting) {
          dispatch(following); // the table stays busy: its next run takes over
        } else {
          waiting--;
          activeRunIds.remove(following.request.runId().value());
          busyTables.remove(job.table());
          cancelled(List.of(following));
        }
      }
    }
  }

  /** Tells a listener a run's result; a listener that throws is logged. */
  private static void tell(Consumer<RunResult> listener, RunResult result, String runId) {
    try {
      listener.accept(result);
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("event", "run_finished_listener_failed")
          .addKeyValue("run_id", runId)
          .setCause(e)
          .log("run finished listener failed");
    }
  }

  private void cancelled(List<Job> jobs) {
    for (Job job : jobs) {
      recordError(job, SHUT_DOWN_MESSAGE);
    }
  }

  private void recordError(Job job, String message) {
    try {
      Instant now = clock.instant();
      List<CheckOutcome> results = new ArrayList<>();
      List<Check> checks = job.request.contract().checks();
      for (int i = 0; i < checks.size(); i++) {
        results.add(CheckOutcome.error(checks.get(i), i, message));
      }
      log.runFinished(
          job.queued.started(now).finished(Status.ERROR, now, message), results, List.of(), now);
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("event", "run_error_not_recorded")
          .addKeyValue("run_id", job.queued.id().value())
          .setCause(e)
          .log("could not record check run as ERROR");
    }
  }
}
