package org.pactum.checks;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import java.util.Objects;
import java.util.function.Function;
import org.pactum.checks.run.RunCoordinator;

/**
 * The check engine's part of the Dropwizard lifecycle. {@link #run} checks the {@code checks:}
 * section (a bad setting fails start-up, naming the field); {@link #manage} runs a built {@link
 * ChecksContext}'s coordinator and freshness schedule as managed objects and registers the {@code
 * checks} health check on the run queue. The schema's migrations run with the others in the
 * server's database bundle.
 */
public final class ChecksBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Function<C, ChecksConfig> config;

  /**
   * @param config this bundle's section of the application's configuration (null: defaults)
   */
  public ChecksBundle(Function<C, ChecksConfig> config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void run(C configuration, Environment environment) {
    config(configuration).toSettings(); // fail at start-up on a bad setting
  }

  /** The section, or the defaults when it is absent. */
  public ChecksConfig config(C configuration) {
    ChecksConfig c = config.apply(configuration);
    return c == null ? new ChecksConfig() : c;
  }

  /** Runs the context's background work with the server and registers its health check. */
  public void manage(ChecksContext context, Environment environment) {
    context.managed().forEach(environment.lifecycle()::manage);
    environment.healthChecks().register("checks", new QueueHealth(context.coordinator()));
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
