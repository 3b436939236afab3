package org.pactum.alerts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.alerts.db.JdbiAlertStore;
import org.pactum.alerts.db.NotificationDao;
import org.pactum.alerts.db.NotificationRow;
import org.pactum.alerts.db.TransitionDao;
import org.pactum.alerts.db.TransitionRow;
import org.pactum.alerts.delivery.Notifiers;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The router over the real store, on a clock the test moves: reminders, acknowledge, resolve. */
@ExtendWith(PostgresExtension.class)
class AlertRouterTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A clock tests move by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final ReceiverDirectory SLACK_ONLY =
      new ReceiverDirectory() {
        @Override
        public ReceiverKind kind(String name) {
          return ReceiverKind.fromName(name);
        }

        @Override
        public boolean hasEndpoint(String name) {
          return true;
        }
      };

  private final Jdbi jdbi;
  private final MovableClock clock = new MovableClock(T0);
  private final AtomicInteger nudges = new AtomicInteger();
  private final AlertRouter router;

  AlertRouterTest(TestDatabase db) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    router =
        new AlertRouter(
            new JdbiAlertStore(jdbi),
            new Router(Route.defaultRoot()),
            SLACK_ONLY,
            new Notifiers(Duration.ofSeconds(1)),
            clock,
            nudges::incrementAndGet);
  }

  private Signal fail(String contract) {
    return new Signal(
        null,
        contract,
        "wh:" + contract,
        "a",
        null,
        SignalStatus.FAIL,
        null,
        new Owner("t", null, "#chan", "svc"),
        List.of(),
        "r",
        "bad",
        Map.of(),
        null,
        clock.instant());
  }

  private List<NotificationRow> notifications(long incident) {
    return jdbi.withExtension(NotificationDao.class, d -> d.forIncident(incident));
  }

  @Test
  void remindsEveryIntervalUntilAcknowledgedAndStopsWhenResolved() {
    assertThat(router.accept(List.of(fail("orders")))).isEqualTo(1);
    assertThat(nudges.get()).isEqualTo(1);
    long id = new JdbiAlertStore(jdbi).openIncidents().get(0).id();
    clock.advance(Duration.ofHours(3));
    assertThat(router.remindDue()).isZero();
    clock.advance(Duration.ofHours(1));
    assertThat(router.remindDue()).isEqualTo(1);
    List<NotificationRow> sent = notifications(id);
    assertThat(sent).extracting(NotificationRow::event).containsExactly("OPEN", "REMIND");
    assertThat(sent.get(1).receiver()).isEqualTo("slack:#chan");
    assertThat(router.remindDue()).isZero(); // not again before the next interval

    Incident acked = router.acknowledge(id, "ana");
    assertThat(acked.acknowledgedBy()).isEqualTo("ana");
    clock.advance(Duration.ofHours(10));
    assertThat(router.remindDue()).isZero();

    Incident resolved = router.resolve(id, "ana");
    assertThat(resolved.state()).isEqualTo(IncidentState.RESOLVED);
    List<TransitionRow> transitions =
        jdbi.withExtension(TransitionDao.class, d -> d.forIncident(id));
    assertThat(transitions)
        .extracting(TransitionRow::reason)
        .containsExactly(
            "FAIL (1 consecutive)",
            "reminder: still open",
            "acknowledged by ana",
            "resolved by ana");
    assertThatThrownBy(() -> router.resolve(id, "ana"))
        .isInstanceOfSatisfying(
            AlertsException.class,
            e -> assertThat(e.reason()).isEqualTo(AlertsException.Reason.INCIDENT_NOT_OPEN));
    assertThatThrownBy(() -> router.acknowledge(424242, "ana"))
        .isInstanceOfSatisfying(
            AlertsException.class,
            e -> assertThat(e.reason()).isEqualTo(AlertsException.Reason.UNKNOWN_INCIDENT));
    // a new failure after the resolve opens a new episode with a new dedup key
    router.accept(List.of(fail("orders")));
    Incident next = new JdbiAlertStore(jdbi).openIncidents().get(0);
    assertThat(next.id()).isNotEqualTo(id);
    assertThat(next.dedupKey()).isNotEqualTo(resolved.dedupKey());
  }
}
