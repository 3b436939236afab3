package org.pactum.checks.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.JdbiRunHistory;
import org.pactum.checks.learn.BaselineResets;
import org.pactum.checks.run.Backfill;
import org.pactum.checks.run.CheckEngine;
import org.pactum.checks.run.FreshnessScheduler;
import org.pactum.checks.run.RunCoordinator;

/**
 * The check engine's running parts, wired by hand: the store, the engine, the run coordinator, the
 * freshness scheduler and the history reader. {@link ChecksBundle} creates one at start-up.
 */
public final class ChecksRuntime implements AutoCloseable {
  private final ContractSource contracts;
  private final CheckEngine engine;
  private final RunCoordinator coordinator;
  private final FreshnessScheduler scheduler;
  private final RunHistory history;
  private final Duration shutdownGrace;
  private final Clock clock;
  private final Backfill backfill;
  private final BaselineResets baselineResets;

  public ChecksRuntime(
      Jdbi jdbi,
      RuntimeSettings config,
      Function<String, DataSource> datasources,
      ContractSource contracts,
      Clock clock) {
    JdbiCheckStore store = new JdbiCheckStore(jdbi);
    this.clock = clock;
    this.contracts = contracts;
    this.engine = new CheckEngine(store, store, datasources, clock, config.engine());
    this.coordinator =
        new RunCoordinator(
            engine, store, store, config.runThreads(), config.queueCapacity(), clock);
    this.scheduler = new FreshnessScheduler(contracts, coordinator, config.freshnessInterval());
    this.history = new JdbiRunHistory(jdbi);
    this.backfill = new Backfill(coordinator, config.maxBackfillDays(), clock);
    this.baselineResets = new BaselineResets(contracts, store, clock);
    this.shutdownGrace = config.shutdownGrace();
  }

  public ContractSource contracts() {
    return contracts;
  }

  public CheckEngine engine() {
    return engine;
  }

  public RunCoordinator coordinator() {
    return coordinator;
  }

  public FreshnessScheduler scheduler() {
    return scheduler;
  }

  /** Past partitions measured day by day, so a new contract's baselines need not wait weeks. */
  public Backfill backfill() {
    return backfill;
  }

  public RunHistory history() {
    return history;
  }

  /** Approving baseline resets (the store only records them). */
  public BaselineResets baselineResets() {
    return baselineResets;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * Stops the schedule, then the coordinator (running runs get the grace period), then the engine.
   */
  @Override
  public void close() {
    scheduler.close();
    coordinator.shutdown(shutdownGrace);
    engine.close();
  }
}
