package org.pactum.checks;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.checks.api.BackfillResource;
import org.pactum.checks.api.BaselineResetResource;
import org.pactum.checks.api.ChecksExceptionMapper;
import org.pactum.checks.api.ContractResultsResource;
import org.pactum.checks.api.RunsResource;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.run.CheckEngine;
import org.pactum.checks.run.FreshnessScheduler;
import org.pactum.checks.run.RunCoordinator;
import org.pactum.checks.run.RunResult;
import org.pactum.checks.runtime.ChecksRuntime;

/**
 * The check engine's run triggers: the REST API ({@code /api/v1/runs}, {@code
 * /api/v1/contracts/{id}/results}), the {@link RunCoordinator} (bounded pool, one run per table)
 * and the freshness {@link FreshnessScheduler}, as managed objects, and a {@code checks} health
 * check on the run queue.
 *
 * <p>The suppliers are asked once, when this bundle runs: the bundles that fill them (the
 * database's, the registry's) run before it. The {@link Jdbi} must have the SqlObject plugin
 * installed, and the database must be migrated ({@code db/checks}).
 */
public final class ChecksBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Supplier<Jdbi> jdbi;
  private final Function<C, ChecksConfig> config;
  private final Supplier<Function<String, DataSource>> datasources;
  private final Supplier<ContractSource> contracts;
  private final Clock clock;

  private volatile ChecksRuntime runtime; // read by the server's threads after run() set it

  /**
   * @param jdbi the Pactum store (schema {@code checks})
   * @param config this bundle's section of the application's configuration (null: defaults)
   * @param datasources warehouse datasources by name (a name it does not know → null)
   * @param contracts the contract catalog the API and the scheduler run from
   */
  public ChecksBundle(
      Supplier<Jdbi> jdbi,
      Function<C, ChecksConfig> config,
      Supplier<Function<String, DataSource>> datasources,
      Supplier<ContractSource> contracts) {
    this(jdbi, config, datasources, contracts, Clock.systemUTC());
  }

  ChecksBundle(
      Supplier<Jdbi> jdbi,
      Function<C, ChecksConfig> config,
      Supplier<Function<String, DataSource>> datasources,
      Supplier<ContractSource> contracts,
      Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.config = Objects.requireNonNull(config, "config");
    this.datasources = Objects.requireNonNull(datasources, "datasources");
    this.contracts = Objects.requireNonNull(contracts, "contracts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void run(C configuration, Environment environment) {
    ChecksConfig c = config.apply(configuration);
    c = c == null ? new ChecksConfig() : c;
    // built now, from the values the earlier bundles made: a bad setting fails the start-up
    ChecksRuntime r =
        new ChecksRuntime(
            Objects.requireNonNull(jdbi.get(), "the Jdbi supplier gave null"),
            c.toRuntimeSettings(),
            Objects.requireNonNull(datasources.get(), "the datasources supplier gave null"),
            Objects.requireNonNull(contracts.get(), "the contract source supplier gave null"),
            clock);
    runtime = r;
    components(r).forEach(environment.jersey()::register);
    environment
        .lifecycle()
        .manage(
            new Managed() {
              @Override
              public void start() {
                r.coordinator().recoverAbandoned();
              }

              @Override
              public void stop() {
                r.close();
              }
            });
    environment
        .lifecycle()
        .manage(
            new Managed() {
              @Override
              public void start() {
                r.scheduler().start();
              }

              @Override
              public void stop() {
                r.scheduler().close();
              }
            });
    environment.healthChecks().register("checks", new QueueHealth(r.coordinator()));
  }

  /**
   * The API's resources, each given the services it uses, and the exception mapper; {@link #run}
   * registers them, and tests may register them on a test container.
   */
  public static List<Object> components(ChecksRuntime runtime) {
    return List.of(
        new RunsResource(runtime.contracts(), runtime.coordinator(), runtime.history()),
        new ContractResultsResource(runtime.contracts(), runtime.history()),
        new BaselineResetResource(runtime.baselineResets()),
        new BackfillResource(runtime.contracts(), runtime.backfill()),
        new ChecksExceptionMapper());
  }

  /** The running parts, built by {@link #run}. */
  public ChecksRuntime runtime() {
    ChecksRuntime r = runtime;
    if (r == null) {
      throw new IllegalStateException("the checks bundle has not run yet");
    }
    return r;
  }

  /**
   * Told the result of every run the coordinator executes (API, schedule) once it is stored: the
   * server adapts them to alert signals. After {@link #run}.
   */
  public void onRunFinished(Consumer<RunResult> listener) {
    runtime().coordinator().onRunFinished(listener);
  }

  /** The engine, for the server's own wiring (e.g. the CLI's {@code checks run}). */
  public CheckEngine engine() {
    return runtime().engine();
  }

  public RunCoordinator coordinator() {
    return runtime().coordinator();
  }

  public FreshnessScheduler scheduler() {
    return runtime().scheduler();
  }

  /** Unhealthy while the run queue is full or the coordinator is not accepting runs. */
  private static final class QueueHealth extends HealthCheck {
    private final RunCoordinator c;

    QueueHealth(RunCoordinator coordinator) {
      this.c = coordinator;
    }

    @Override
    protected Result check() {
      String state =
          c.running() + " running, " + c.waiting() + " of " + c.queueCapacity() + " queued";
      if (!c.accepting()) {
        return Result.unhealthy("not accepting runs (shutting down); " + state);
      }
      if (c.waiting() >= c.queueCapacity()) {
        return Result.unhealthy("run queue full: " + state);
      }
      return Result.healthy(state);
    }
  }
}
