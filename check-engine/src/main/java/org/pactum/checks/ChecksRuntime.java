package org.pactum.checks;

import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.checks.core.Backfill;
import org.pactum.checks.core.CheckEngine;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.FreshnessScheduler;
import org.pactum.checks.core.RunCoordinator;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.JdbiRunHistory;

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
  private final java.time.Duration shutdownGrace;
  private final JdbiCheckStore store;
  private final Clock clock;
  private final Backfill backfill;

  public ChecksRuntime(
      Jdbi jdbi,
      ChecksConfig config,
      Function<String, DataSource> datasources,
      ContractSource contracts,
      Clock clock) {
    JdbiCheckStore store = new JdbiCheckStore(jdbi);
    this.store = store;
    this.clock = clock;
    this.contracts = contracts;
    this.engine = new CheckEngine(store, store, datasources, clock, config.toEngineSettings());
    this.coordinator =
        new RunCoordinator(
            engine, store, store, config.getRunThreads(), config.getQueueCapacity(), clock);
    this.scheduler =
        new FreshnessScheduler(
            contracts, coordinator, config.getFreshnessInterval().toJavaDuration());
    this.history = new JdbiRunHistory(jdbi);
    this.backfill = new Backfill(coordinator, config.getMaxBackfillDays(), clock);
    this.shutdownGrace = config.getShutdownGracePeriod().toJavaDuration();
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

  /** The result log and metric history (baseline resets are recorded here). */
  public JdbiCheckStore store() {
    return store;
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
