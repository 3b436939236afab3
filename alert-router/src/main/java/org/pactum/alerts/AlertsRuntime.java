package org.pactum.alerts;

import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.core.AlertRouter;
import org.pactum.alerts.core.Router;
import org.pactum.alerts.db.AlertsReadModel;
import org.pactum.alerts.db.JdbiAlertStore;
import org.pactum.alerts.delivery.DeliveryWorker;
import org.pactum.alerts.delivery.Notifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert router's running parts, wired by hand: the store, the router, the receivers, the
 * delivery worker and the reminder sweep. {@link AlertsBundle} creates one at start-up.
 */
public final class AlertsRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertsRuntime.class);

  private final AlertsConfig config;
  private final JdbiAlertStore store;
  private final AlertsReadModel reads;
  private final ReceiverRegistry receivers;
  private final DeliveryWorker worker;
  private final AlertRouter router;
  private final Clock clock;
  private ScheduledExecutorService sweeper;

  public AlertsRuntime(Jdbi jdbi, AlertsConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.store = new JdbiAlertStore(jdbi);
    this.reads = new AlertsReadModel(jdbi);
    this.receivers = config.toReceivers();
    Notifiers notifiers = new Notifiers(config.delivery.requestTimeout.toJavaDuration());
    this.worker =
        new DeliveryWorker(
            store,
            receivers,
            notifiers,
            config.delivery.toSettings(),
            clock,
            new Random()::nextDouble);
    this.router =
        new AlertRouter(
            store, new Router(config.toRoute()), receivers, notifiers, clock, worker::nudge);
  }

  /** Starts delivering (pending messages from before a restart included) and the reminder sweep. */
  public synchronized void start() {
    worker.start();
    long every = Math.max(1, config.delivery.reminderSweep.toMilliseconds());
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "alerts-reminders");
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
  }

  private void sweep() {
    try {
      int n = router.remindDue();
      if (n > 0) {
        LOG.atInfo()
            .addKeyValue("event", "alert_reminders_due")
            .addKeyValue("incidents", n)
            .log("alert reminders due");
      }
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("event", "alert_reminder_sweep_failed")
          .addKeyValue("error", e.getClass().getSimpleName())
          .setCause(e)
          .log("alert reminder sweep failed");
    }
  }

  public AlertRouter router() {
    return router;
  }

  public AlertsReadModel reads() {
    return reads;
  }

  public ReceiverRegistry receivers() {
    return receivers;
  }

  public DeliveryWorker worker() {
    return worker;
  }

  public JdbiAlertStore store() {
    return store;
  }

  public Clock clock() {
    return clock;
  }

  public AlertsConfig config() {
    return config;
  }

  @Override
  public synchronized void close() {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
    try {
      worker.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
