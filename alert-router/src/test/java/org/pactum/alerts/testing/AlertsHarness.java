package org.pactum.alerts.testing;

import io.dropwizard.util.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.alerts.AlertsConfig;
import org.pactum.alerts.ReceiverConfig;
import org.pactum.alerts.ReceiverRegistry;
import org.pactum.alerts.core.AlertRouter;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.Router;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.alerts.db.JdbiAlertStore;
import org.pactum.alerts.db.NotificationDao;
import org.pactum.alerts.db.NotificationRow;
import org.pactum.alerts.delivery.DeliveryWorker;
import org.pactum.alerts.delivery.Notifiers;
import org.pactum.testsupport.RecordingHttpReceiver;
import org.pactum.testsupport.RecordingHttpReceiver.Recorded;
import org.pactum.testsupport.TestDatabase;

/**
 * The router, the store on the embedded PostgreSQL, a delivery worker and a recording receiver
 * standing in for Slack and PagerDuty (validating bodies like them), wired like the bundle does.
 */
public final class AlertsHarness implements AutoCloseable {
  public static final String SLACK = "slack:#checkout-data";
  public static final String PD = "pagerduty:checkout-oncall";
  public static final String SLACK_PATH = "/services/T0CHECKOUT/B0ALERTS/SECRETslackToken42";
  public static final String ROUTING_KEY = "R0UTINGKEYsecretR0UTINGKEYsecret";
  public static final Owner OWNER =
      new Owner("checkout", "checkout@example.com", "#checkout-data", "checkout-oncall");

  public final RecordingHttpReceiver receiver = RecordingHttpReceiver.start();
  public final ServiceValidators validators = new ServiceValidators();
  public final AlertsConfig config = new AlertsConfig();
  public final Jdbi jdbi;
  public JdbiAlertStore store;
  public DeliveryWorker worker;
  public AlertRouter router;

  public AlertsHarness(TestDatabase db, Consumer<AlertsConfig> customize) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    db.execute(
        "truncate alerts.notification, alerts.incident, alerts.silence, alerts.receiver_status"
            + " restart identity cascade");
    receiver.respond("/v2/enqueue", validators.pagerDuty());
    receiver.respond("/services/", validators.slack());
    config.pagerdutyBaseUrl = receiver.uri("").toString();
    config.receivers.add(
        new ReceiverConfig(SLACK, "slack", receiver.uri(SLACK_PATH).toString(), null, null));
    config.receivers.add(new ReceiverConfig(PD, "pagerduty", null, ROUTING_KEY, null));
    config.delivery.pollInterval = Duration.milliseconds(50);
    config.delivery.initialBackoff = Duration.milliseconds(50);
    config.delivery.maxBackoff = Duration.milliseconds(200);
    config.delivery.requestTimeout = Duration.seconds(2);
    config.delivery.slackMinInterval = Duration.milliseconds(1);
    customize.accept(config);
    build();
  }

  /** (Re)creates the store, worker and router from the config, like a restarted process. */
  public void build() {
    store = new JdbiAlertStore(jdbi);
    ReceiverRegistry registry = config.toReceivers();
    Notifiers notifiers = new Notifiers(config.delivery.requestTimeout.toJavaDuration());
    worker =
        new DeliveryWorker(
            store,
            registry,
            notifiers,
            config.delivery.toSettings(),
            Clock.systemUTC(),
            new Random(42)::nextDouble);
    router =
        new AlertRouter(
            store,
            new Router(config.toRoute()),
            registry,
            notifiers,
            Clock.systemUTC(),
            worker::nudge);
  }

  public static Signal signal(String contract, String check, SignalStatus status, String run) {
    return new Signal(
        "check-run",
        contract,
        "warehouse:public." + contract,
        check,
        "not_null",
        status,
        Severity.ERROR,
        OWNER,
        List.of(),
        run,
        "3 of 100 rows are null",
        Map.of("observed", 3),
        "http://pactum.test/api/v1/runs/" + run,
        Instant.now());
  }

  public List<NotificationRow> notifications() {
    return jdbi.withExtension(NotificationDao.class, NotificationDao::all);
  }

  /** Waits until the outbox has nothing pending. */
  public void awaitSettled(java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (jdbi.withExtension(NotificationDao.class, NotificationDao::pendingCount) > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("outbox still pending: " + notifications());
      }
      sleep(20);
    }
  }

  public List<Recorded> pagerDutyRequests() {
    return receiver.requests(r -> r.path().equals("/v2/enqueue"));
  }

  public List<Recorded> slackRequests() {
    return receiver.requests(r -> r.path().equals(SLACK_PATH));
  }

  public static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    worker.stop();
    receiver.close();
  }
}
