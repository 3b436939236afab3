package org.pactum.alerts;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.ReceiverStatus;

/**
 * The alert router's part of the Dropwizard lifecycle. {@link #run} checks the configuration: a bad
 * route or receiver fails start-up, naming the field. {@link #manage} runs a built {@link
 * AlertsContext}'s background work (the delivery worker, the reminder sweep) as managed objects and
 * registers the {@code alerts} health check (unhealthy while a receiver is marked misconfigured).
 * The schema's migrations are run with the others by the server's database bundle.
 */
public final class AlertsBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Function<C, AlertsConfig> config;

  /**
   * @param config this bundle's section of the configuration (null: defaults)
   */
  public AlertsBundle(Function<C, AlertsConfig> config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void run(C configuration, Environment environment) {
    AlertsConfig c = config(configuration);
    c.toRoute(); // fail at start-up on a bad tree, receiver or setting
    c.toReceivers();
    c.delivery.toSettings();
  }

  /** The section, or the defaults when it is absent. */
  public AlertsConfig config(C configuration) {
    AlertsConfig c = config.apply(configuration);
    return c == null ? new AlertsConfig() : c;
  }

  /** Runs the context's background work with the server and registers its health check. */
  public void manage(AlertsContext context, Environment environment) {
    context.managed().forEach(environment.lifecycle()::manage);
    environment.healthChecks().register("alerts", new ReceiverHealth(context.reads()));
  }

  private static final class ReceiverHealth extends HealthCheck {
    private final AlertsReadModel reads;

    ReceiverHealth(AlertsReadModel reads) {
      this.reads = reads;
    }

    @Override
    protected Result check() {
      List<String> bad =
          reads.receiverStatus().stream()
              .filter(ReceiverStatus::misconfigured)
              .map(ReceiverStatus::receiver)
              .toList();
      int pending = reads.pendingNotifications();
      if (!bad.isEmpty()) {
        return Result.unhealthy("misconfigured receivers: " + bad + "; " + pending + " pending");
      }
      return Result.healthy(pending + " notifications pending");
    }
  }
}
