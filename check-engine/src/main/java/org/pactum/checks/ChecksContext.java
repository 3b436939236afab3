package org.pactum.checks;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.checks.api.BackfillResource;
import org.pactum.checks.api.BaselineResetResource;
import org.pactum.checks.api.ChecksExceptionMapper;
import org.pactum.checks.api.ContractResultsResource;
import org.pactum.checks.api.RunsResource;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.JdbiRunHistory;
import org.pactum.checks.learn.BaselineResets;
import org.pactum.checks.run.Backfill;
import org.pactum.checks.run.CheckEngine;
import org.pactum.checks.run.FreshnessScheduler;
import org.pactum.checks.run.MeasuredRuns;
import org.pactum.checks.run.RunCoordinator;
import org.pactum.checks.run.RunResult;

/**
 * The check engine's object graph, built by hand top to bottom: the store → the engine → the run
 * coordinator → the freshness schedule, backfills and baseline resets → the API's resources. The
 * server builds one in its wiring; {@link ChecksBundle#manage} runs its background work.
 *
 * @param contracts the contract catalog runs, schedules and backfills read
 * @param measured where runs measured elsewhere (stream windows) are judged and recorded
 * @param history stored runs and results, for the API and the UI
 * @param shutdownGrace how long running runs may finish at shutdown
 */
public record ChecksContext(
    ContractSource contracts,
    CheckEngine engine,
    RunCoordinator coordinator,
    MeasuredRuns measured,
    FreshnessScheduler scheduler,
    Backfill backfill,
    BaselineResets baselineResets,
    RunHistory history,
    Duration shutdownGrace) {

  /**
   * @param jdbi the Pactum store, with the SqlObject plugin and a migrated {@code checks} schema
   * @param settings the {@code checks:} section's settings ({@link ChecksConfig#toSettings})
   * @param datasources warehouse datasources by name (a name it does not know → null)
   * @param onRunFinished told each coordinated run's result once it is stored (e.g. to raise
   *     alerts); a listener that throws is logged and does not affect the run
   */
  public static ChecksContext build(
      Jdbi jdbi,
      ChecksSettings settings,
      Function<String, DataSource> datasources,
      ContractSource contracts,
      Consumer<RunResult> onRunFinished,
      Clock clock) {
    JdbiCheckStore store = new JdbiCheckStore(jdbi);
    CheckEngine engine = new CheckEngine(store, store, datasources, clock, settings.engine());
    RunCoordinator coordinator =
        new RunCoordinator(
            engine,
            store,
            store,
            settings.runThreads(),
            settings.queueCapacity(),
            onRunFinished,
            clock);
    return new ChecksContext(
        contracts,
        engine,
        coordinator,
        new MeasuredRuns(engine, onRunFinished),
        new FreshnessScheduler(contracts, coordinator, settings.freshnessInterval()),
        new Backfill(coordinator, settings.maxBackfillDays(), clock),
        new BaselineResets(contracts, store, clock),
        new JdbiRunHistory(jdbi),
        settings.shutdownGrace());
  }

  /** The API's resources, each given the services it uses, and the exception mapper. */
  public List<Object> resources() {
    return List.of(
        new RunsResource(contracts, coordinator, history),
        new ContractResultsResource(contracts, history),
        new BaselineResetResource(baselineResets),
        new BackfillResource(contracts, backfill),
        new ChecksExceptionMapper());
  }

  /**
   * What runs with the server, in start order: the coordinator (which first marks runs a previous
   * process left unfinished as ERROR; at stop, running runs get the grace period and the engine
   * closes), then the freshness schedule (stopped first).
   */
  public List<Managed> managed() {
    return List.of(
        new Managed() {
          @Override
          public void start() {
            coordinator.recoverAbandoned();
          }

          @Override
          public void stop() {
            coordinator.shutdown(shutdownGrace);
            engine.close();
          }
        },
        new Managed() {
          @Override
          public void start() {
            scheduler.start();
          }

          @Override
          public void stop() {
            scheduler.close();
          }
        });
  }
}
