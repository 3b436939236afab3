package org.pactum.checks.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.Formats;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.FreshnessCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Freshness without loads: every interval, for every contract with a dataset and {@code freshness}
 * checks, runs only those checks (trigger {@code schedule}) through the {@link RunCoordinator}, so
 * scheduled runs respect one run per table. A load that never arrives is exactly what freshness
 * must catch, so these runs look at the whole table: the dataset's {@code load_scope} is not
 * applied.
 *
 * <p>A contract whose previous scheduled run is still queued or running is skipped this round; a
 * failing datasource is that contract's ERROR result and does not stop the others. One log line per
 * run when it finishes, one per skipped or refused contract.
 */
public final class FreshnessScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FreshnessScheduler.class);
  public static final Trigger TRIGGER = Trigger.SCHEDULE;

  /** What one round did for one contract. */
  public record Submission(String contractId, String runId, String outcome) {}

  private final ContractSource contracts;
  private final RunCoordinator coordinator;
  private final Duration interval;
  private final Map<String, String> lastRunByContract = new HashMap<>();
  private ScheduledExecutorService timer;

  /**
   * @param interval how often to evaluate; zero disables the schedule ({@link #start} does nothing,
   *     {@link #evaluateNow} still works)
   */
  public FreshnessScheduler(
      ContractSource contracts, RunCoordinator coordinator, Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("the freshness interval must not be negative");
    }
    this.contracts = contracts;
    this.coordinator = coordinator;
    this.interval = interval;
  }

  public boolean enabled() {
    return !interval.isZero();
  }

  public Duration interval() {
    return interval;
  }

  /**
   * Starts the schedule: the first round after {@code min(interval, 1 minute)}, then every interval
   * after the previous round was submitted.
   */
  public synchronized void start() {
    if (!enabled() || timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pactum-freshness-schedule");
              t.setDaemon(true);
              return t;
            });
    long first = Math.min(interval.toMillis(), Duration.ofMinutes(1).toMillis());
    timer.scheduleWithFixedDelay(this::round, first, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.atInfo()
        .addKeyValue("event", "freshness_schedule_started")
        .addKeyValue("interval", Formats.duration(interval))
        .log("freshness schedule started");
  }

  private void round() {
    try {
      evaluateNow();
    } catch (RuntimeException e) {
      // never let an exception cancel the schedule
      LOG.atError()
          .addKeyValue("event", "freshness_round_failed")
          .setCause(e)
          .log("freshness round failed; the next round runs as scheduled");
    }
  }

  /** One round, now: submits a freshness run per eligible contract. */
  public synchronized List<Submission> evaluateNow() {
    List<CheckedContract> all;
    try {
      all = contracts.all();
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("event", "freshness_round_skipped")
          .setCause(e)
          .log("freshness round skipped: the contract catalog could not be read");
      return List.of();
    }
    List<Submission> out = new ArrayList<>();
    for (CheckedContract cv : all) {
      if (!cv.checked()) {
        continue; // drafts and retired contracts have no schedule
      }
      DataContract c = cv.contract();
      List<Check> freshness = c.checks().stream().filter(FreshnessCheck.class::isInstance).toList();
      if (c.dataset() == null || freshness.isEmpty()) {
        continue;
      }
      String previous = lastRunByContract.get(c.id());
      if (previous != null && coordinator.isActive(previous)) {
        LOG.atInfo()
            .addKeyValue("event", "freshness_run_skipped")
            .addKeyValue("contract", c.id())
            .addKeyValue("previous_run_id", previous)
            .log("freshness run skipped: the previous run is still queued or running");
        out.add(new Submission(c.id(), previous, "skipped"));
        continue;
      }
      try {
        Run queued =
            coordinator.submit(
                new RunRequest(
                    null, freshnessOnly(c, freshness), cv.version(), TRIGGER, null, Map.of()),
                FreshnessScheduler::logFinished);
        String runId = queued.id().value();
        lastRunByContract.put(c.id(), runId);
        out.add(new Submission(c.id(), runId, "queued"));
      } catch (ChecksException e) {
        LOG.atWarn()
            .addKeyValue("event", "freshness_run_refused")
            .addKeyValue("contract", c.id())
            .addKeyValue("reason", e.reason())
            .addKeyValue("detail", e.getMessage())
            .log("freshness run not queued");
        out.add(new Submission(c.id(), null, "refused: " + e.getMessage()));
      } catch (RuntimeException e) {
        LOG.atError()
            .addKeyValue("event", "freshness_run_failed_to_queue")
            .addKeyValue("contract", c.id())
            .setCause(e)
            .log("freshness run not queued");
        out.add(new Submission(c.id(), null, "failed"));
      }
    }
    return out;
  }

  /** The contract with only its freshness checks, over the whole table. */
  static DataContract freshnessOnly(DataContract c, List<Check> freshness) {
    Dataset d = c.dataset();
    return new DataContract(
        c.id(),
        c.version(),
        c.status(),
        c.owner(),
        c.description(),
        c.schema(),
        new Dataset(d.datasource(), d.table(), null),
        freshness,
        c.pii(),
        c.kafka(),
        c.tags(),
        c.sourceMap());
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  /** One structured line per finished scheduled run. */
  private static void logFinished(RunResult result) {
    Run r = result.run();
    Status status = result.status();
    long failing = result.results().stream().filter(o -> o.status() != Status.PASS).count();
    LoggingEventBuilder line =
        (status == Status.PASS ? LOG.atInfo() : LOG.atWarn())
            .addKeyValue("event", "freshness_run_finished")
            .addKeyValue("run_id", r.id().value())
            .addKeyValue("contract", r.contractId())
            .addKeyValue("dataset", r.datasetText())
            .addKeyValue("status", status)
            .addKeyValue("checks", result.results().size());
    if (status != Status.PASS) {
      line = line.addKeyValue("not_passing", failing);
      if (r.error() != null) {
        line = line.addKeyValue("error", r.error());
      }
    }
    line.log("freshness run finished");
  }
}
