package org.pactum.alerts.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.alerts.core.AlertPlanner;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.EscalationPolicy;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentKey;
import org.pactum.alerts.core.IncidentState;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.Plan;
import org.pactum.alerts.core.ReceiverDirectory;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Route;
import org.pactum.alerts.core.Router;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.alerts.core.Step;
import org.pactum.alerts.delivery.Notifiers;
import org.pactum.alerts.delivery.OutboxMessage;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class JdbiAlertStoreDaoTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final ReceiverDirectory ALL_CONFIGURED =
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

  private final TestDatabase db;
  private final Jdbi jdbi;
  private final JdbiAlertStore store;
  private final AlertPlanner planner =
      new AlertPlanner(
          new Router(Route.defaultRoot()), ALL_CONFIGURED, new Notifiers(Duration.ofSeconds(1)));

  JdbiAlertStoreDaoTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    this.store = new JdbiAlertStore(jdbi);
  }

  @BeforeEach
  void empty() {
    db.execute(
        "truncate alerts.notification, alerts.incident, alerts.silence restart identity cascade");
  }

  private static Signal fail(String contract, String check, String run) {
    return new Signal(
        null,
        contract,
        "wh:" + contract,
        check,
        "not_null",
        SignalStatus.FAIL,
        null,
        new Owner("team", null, "#c", "svc"),
        List.of(),
        run,
        "bad",
        Map.of(),
        null,
        T0);
  }

  @Test
  void writesIncidentsTransitionsAndLinkedNotificationsAndReadsThemBack() {
    Plan plan =
        planner.plan(
            List.of(fail("orders", "a", "r1"), fail("orders", "b", "r1")), Map.of(), List.of(), T0);
    List<Long> ids = store.apply(plan, T0);
    assertThat(ids).hasSize(2);
    Map<IncidentKey, Incident> open = store.openIncidents(List.of("orders"));
    Incident a = open.get(new IncidentKey("orders", "a", "wh:orders"));
    assertThat(a.state()).isEqualTo(IncidentState.WARNING);
    assertThat(a.receivers()).containsExactly("slack:#c", "pagerduty:svc");
    assertThat(a.policy()).isEqualTo(EscalationPolicy.DEFAULT);
    assertThat(a.openedAt()).isEqualTo(T0);
    List<TransitionRow> transitions =
        jdbi.withExtension(TransitionDao.class, d -> d.forIncident(a.id()));
    assertThat(transitions).extracting(TransitionRow::toState).containsExactly("WARNING");
    List<NotificationRow> grouped =
        jdbi.withExtension(NotificationDao.class, d -> d.forIncident(a.id()));
    assertThat(grouped)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.receiver()).isEqualTo("slack:#c");
              assertThat(n.status()).isEqualTo("PENDING");
            });
    List<NotificationRow> ofB =
        jdbi.withExtension(NotificationDao.class, d -> d.forIncident(ids.get(1)));
    assertThat(ofB).extracting(NotificationRow::id).isEqualTo(List.of(grouped.get(0).id()));
  }

  @Test
  void anIncidentRowWritesAndReadsBackEveryPartOfAnIncident() {
    Incident stored =
        new Incident(
            null,
            new Incident.Identity("orders", "amount_range", "wh:orders", "checkout", "dedup-1"),
            IncidentState.CRITICAL,
            new Incident.Streak(4, 1, true),
            true,
            new Incident.Timeline(
                T0, T0.plusSeconds(1), null, T0.plusSeconds(2), "ana", T0.plusSeconds(3)),
            new Incident.LastRun("run-7", "4 rows out of range", "https://example.test/runs/7"),
            new Incident.Routing(
                List.of("slack:#c", "webhook:w"),
                new EscalationPolicy(5, 3, Duration.ofMinutes(30))));
    long id =
        jdbi.withExtension(IncidentDao.class, d -> d.insertAll(List.of(IncidentRow.of(stored))))[0];
    assertThat(store.incident(id)).contains(stored.withId(id));

    Incident changed =
        new Incident(
            id,
            stored.identity(),
            IncidentState.RESOLVED,
            new Incident.Streak(0, 3, false),
            false,
            new Incident.Timeline(
                T0, T0.plusSeconds(9), T0.plusSeconds(9), null, null, T0.plusSeconds(9)),
            new Incident.LastRun("run-8", "in range", null),
            stored.routing());
    jdbi.useExtension(IncidentDao.class, d -> d.updateAll(List.of(IncidentRow.of(changed))));
    assertThat(store.incident(id)).contains(changed);
  }

  private static Signal pass(String contract, String check, String run) {
    Signal f = fail(contract, check, run);
    return new Signal(
        f.source(),
        f.contractId(),
        f.dataset(),
        f.check(),
        f.checkType(),
        SignalStatus.PASS,
        f.severity(),
        f.owner(),
        f.tags(),
        f.runId(),
        null,
        Map.of(),
        null,
        f.observedAt());
  }

  @Test
  void incidentSummariesListOpenIncidentsFirstWithTheirLatestNotification() {
    store.apply(planner.plan(List.of(fail("orders", "b", "r1")), Map.of(), List.of(), T0), T0);
    Instant t1 = T0.plusSeconds(60);
    store.apply(
        planner.plan(
            List.of(fail("orders", "a", "r2")),
            store.openIncidents(List.of("orders")),
            List.of(),
            t1),
        t1);
    for (int i = 0; i < 2; i++) {
      Instant t = T0.plusSeconds(120 + i);
      store.apply(
          planner.plan(
              List.of(pass("orders", "b", "p" + i)),
              store.openIncidents(List.of("orders")),
              List.of(),
              t),
          t);
    }
    AlertsReadModel reads = new JdbiAlertsReadModel(jdbi);
    List<AlertsReadModel.IncidentSummary> all = reads.incidentSummaries(null, false, 10);
    assertThat(all)
        .extracting(x -> x.incident().check() + "=" + x.incident().state())
        .containsExactly("a=WARNING", "b=RESOLVED");
    assertThat(all.get(0).lastNotification().createdAt()).isEqualTo(t1);
    assertThat(all.get(1).lastNotification().createdAt()).isEqualTo(T0.plusSeconds(121));
    assertThat(all.get(1).lastNotification().event())
        .isNotEqualTo(all.get(0).lastNotification().event());
    assertThat(reads.incidentSummaries(null, true, 10))
        .extracting(x -> x.incident().check())
        .containsExactly("a");
    assertThat(reads.incidentSummaries(IncidentState.RESOLVED, false, 10))
        .extracting(x -> x.incident().check())
        .containsExactly("b");
    assertThat(reads.incidentSummaries(null, false, 1)).hasSize(1);
  }

  @Test
  void aPlanIsAllOrNothing() {
    Step one =
        planner.plan(List.of(fail("orders", "a", "r1")), Map.of(), List.of(), T0).steps().get(0);
    Plan first = planner.plan(List.of(fail("orders", "a", "r1")), Map.of(), List.of(), T0);
    // the same (contract, check) opened twice: the second insert breaks "one open incident"
    Plan broken = new Plan(List.of(first.steps().get(0), one), first.notifications());
    assertThatThrownBy(() -> store.apply(broken, T0)).isInstanceOf(RuntimeException.class);
    assertThat(store.openIncidents()).isEmpty();
    assertThat(jdbi.withExtension(NotificationDao.class, NotificationDao::all)).isEmpty();
  }

  @Test
  void onlyTheDueHeadOfEachOrderingKeyIsHandedOut() {
    store.apply(planner.plan(List.of(fail("orders", "a", "r1")), Map.of(), List.of(), T0), T0);
    store.apply(planner.plan(List.of(fail("orders", "b", "r2")), Map.of(), List.of(), T0), T0);
    store.apply(planner.plan(List.of(fail("customers", "a", "r3")), Map.of(), List.of(), T0), T0);
    // three notifications, all to slack:#c: one ordering key
    List<OutboxMessage> due = store.due(T0, Set.of(), 10);
    assertThat(due).singleElement().extracting(OutboxMessage::id).isEqualTo(1L);
    assertThat(store.due(T0, Set.of("receiver:slack:#c"), 10)).isEmpty();
    store.postpone(due.get(0), T0.plus(Duration.ofSeconds(5)));
    assertThat(store.due(T0.plusSeconds(1), Set.of(), 10))
        .isEmpty(); // the head holds the rest back
    assertThat(store.due(T0.plusSeconds(5), Set.of(), 10))
        .extracting(OutboxMessage::id)
        .containsExactly(1L);
  }
}
