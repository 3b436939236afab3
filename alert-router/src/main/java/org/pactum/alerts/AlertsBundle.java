package org.pactum.alerts;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.api.AlertsExceptionMapper;
import org.pactum.alerts.api.AlertsResource;
import org.pactum.alerts.api.IncidentsResource;
import org.pactum.alerts.api.SilencesResource;
import org.pactum.alerts.core.AlertRouter;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.db.ReceiverStatusRow;

/**
 * The alert router: its REST API ({@code /api/v1/incidents}, {@code /api/v1/silences}, {@code
 * /api/v1/alerts/…}), the delivery worker and reminder sweep as a managed object, and an {@code
 * alerts} health check (unhealthy while a receiver is marked misconfigured). Submit signals with
 * {@link #accept}.
 *
 * <p>The Jdbi supplier is resolved lazily (at start or first use), so the server may fill it in
 * later; it must have the SqlObject plugin and a migrated {@code alerts} schema. The configuration
 * is checked in {@link #run}: a bad route or receiver fails start-up, naming the field.
 */
public final class AlertsBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Supplier<Jdbi> jdbi;
  private final Function<C, AlertsConfig> config;
  private final Clock clock;

  private volatile AlertsConfig resolvedConfig;
  private volatile AlertsRuntime runtime;

  /**
   * @param jdbi the Pactum store (schema {@code alerts})
   * @param config this bundle's section of the configuration (null: defaults)
   */
  public AlertsBundle(Supplier<Jdbi> jdbi, Function<C, AlertsConfig> config) {
    this(jdbi, config, Clock.systemUTC());
  }

  public AlertsBundle(Supplier<Jdbi> jdbi, Function<C, AlertsConfig> config, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void run(C configuration, Environment environment) {
    AlertsConfig c = config.apply(configuration);
    c = c == null ? new AlertsConfig() : c;
    c.toRoute(); // fail at start-up on a bad tree, receiver or setting
    c.toReceivers();
    c.delivery.toSettings();
    resolvedConfig = c;
    components(this::runtime).forEach(environment.jersey()::register);
    environment
        .lifecycle()
        .manage(
            new Managed() {
              @Override
              public void start() {
                runtime().start();
              }

              @Override
              public void stop() {
                AlertsRuntime r = runtime;
                if (r != null) {
                  r.close();
                }
              }
            });
    environment.healthChecks().register("alerts", new ReceiverHealth());
  }

  /** The API's resources and exception mappers. */
  public static List<Object> components(Supplier<AlertsRuntime> runtime) {
    return List.of(
        new IncidentsResource(runtime),
        new SilencesResource(runtime),
        new AlertsResource(runtime),
        new AlertsExceptionMapper());
  }

  /** The running parts, created on first use (after {@link #run}). */
  public AlertsRuntime runtime() {
    AlertsRuntime r = runtime;
    if (r != null) {
      return r;
    }
    synchronized (this) {
      if (runtime == null) {
        AlertsConfig c = resolvedConfig;
        if (c == null) {
          throw new IllegalStateException("the alerts bundle has not run yet");
        }
        runtime =
            new AlertsRuntime(
                Objects.requireNonNull(jdbi.get(), "the Jdbi supplier gave null"), c, clock);
      }
      return runtime;
    }
  }

  public AlertRouter router() {
    return runtime().router();
  }

  /** Submits one run's (or one event's) signals; see {@link AlertRouter#accept}. */
  public int accept(List<Signal> signals) {
    return router().accept(signals);
  }

  private final class ReceiverHealth extends HealthCheck {
    @Override
    protected Result check() {
      AlertsRuntime r = runtime;
      if (r == null) {
        return Result.healthy("not started");
      }
      List<String> bad =
          r.reads().receiverStatus().stream()
              .filter(ReceiverStatusRow::misconfigured)
              .map(ReceiverStatusRow::receiver)
              .toList();
      int pending = r.reads().pendingNotifications();
      if (!bad.isEmpty()) {
        return Result.unhealthy("misconfigured receivers: " + bad + "; " + pending + " pending");
      }
      return Result.healthy(pending + " notifications pending");
    }
  }
}
