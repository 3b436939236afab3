package org.pactum.alerts;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.api.AlertsExceptionMapper;
import org.pactum.alerts.api.AlertsResource;
import org.pactum.alerts.api.IncidentsResource;
import org.pactum.alerts.api.SilencesResource;
import org.pactum.alerts.core.AlertRouter;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.Router;
import org.pactum.alerts.db.JdbiAlertStore;
import org.pactum.alerts.db.JdbiAlertsReadModel;
import org.pactum.alerts.delivery.DeliveryWorker;
import org.pactum.alerts.delivery.Notifiers;

/**
 * The alert router's object graph, built by hand top to bottom: stores → receivers and notifiers →
 * the delivery worker and the router → the API's resources. The server builds one in {@code
 * PactumApplication.run}; {@link AlertsBundle#manage} runs its workers and health check.
 *
 * @param reminders the reminder sweep (a managed object)
 */
public record AlertsContext(
    AlertsReadModel reads,
    ReceiverRegistry receivers,
    DeliveryWorker worker,
    AlertRouter router,
    ReminderSweep reminders,
    Clock clock) {

  /**
   * @param jdbi the Pactum store, with the SqlObject plugin and a migrated {@code alerts} schema
   * @param config the alerts section (checked: fails on a bad route, receiver or setting)
   */
  public static AlertsContext build(Jdbi jdbi, AlertsConfig config, Clock clock) {
    return build(jdbi, config, clock, new Random()::nextDouble);
  }

  /**
   * @param jitter the backoff's random source
   */
  public static AlertsContext build(
      Jdbi jdbi, AlertsConfig config, Clock clock, DoubleSupplier jitter) {
    JdbiAlertStore store = new JdbiAlertStore(jdbi);
    AlertsReadModel reads = new JdbiAlertsReadModel(jdbi);
    ReceiverRegistry receivers = config.toReceivers();
    Notifiers notifiers = new Notifiers(config.delivery.requestTimeout.toJavaDuration());
    DeliveryWorker worker =
        new DeliveryWorker(
            store, receivers, notifiers, config.delivery.toSettings(), clock, jitter);
    AlertRouter router =
        new AlertRouter(
            store, new Router(config.toRoute()), receivers, notifiers, clock, worker::nudge);
    ReminderSweep reminders =
        new ReminderSweep(router, config.delivery.reminderSweep.toJavaDuration());
    return new AlertsContext(reads, receivers, worker, router, reminders, clock);
  }

  /** The API's resources and exception mapper, for Jersey. */
  public List<Object> resources() {
    return List.of(
        new IncidentsResource(reads, router),
        new SilencesResource(reads, clock),
        new AlertsResource(router, receivers, reads, clock),
        new AlertsExceptionMapper());
  }

  /** What runs in the background, in start order: delivery, then the reminder sweep. */
  public List<Managed> managed() {
    return List.of(worker, reminders);
  }
}
