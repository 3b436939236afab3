package org.pactum.alerts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.alerts.core.Signals.at;
import static org.pactum.alerts.core.Signals.freshness;
import static org.pactum.alerts.core.Signals.signal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.alerts.delivery.Notifiers;

class AlertPlannerTest {
  private static final String SLACK = "slack:#checkout-data";
  private static final String PD = "pagerduty:checkout-oncall";

  /** The owner's two channels have endpoints; nothing else does. */
  private static final Notifiers FORMATS = new Notifiers(Duration.ofSeconds(1));

  private static final ReceiverDirectory DIRECTORY =
      new ReceiverDirectory() {
        @Override
        public ReceiverKind kind(String name) {
          return ReceiverKind.fromName(name);
        }

        @Override
        public boolean hasEndpoint(String name) {
          return Set.of(SLACK, PD).contains(name);
        }
      };

  private final AlertPlanner planner =
      new AlertPlanner(new Router(Route.defaultRoot()), DIRECTORY, FORMATS);
  private final Map<IncidentKey, Incident> open = new HashMap<>();

  private Plan apply(List<Signal> batch, List<Silence> silences, int minute) {
    Plan plan = planner.plan(batch, open, silences, at(minute));
    for (Step s : plan.steps()) {
      if (s.after().state().open()) {
        open.put(s.after().key(), s.after());
      } else {
        open.remove(s.after().key());
      }
    }
    return plan;
  }

  private static List<Signal> run(String runId, int minute, SignalStatus status, String... checks) {
    return java.util.Arrays.stream(checks)
        .map(c -> signal("orders", c, status, runId, at(minute)))
        .toList();
  }

  @Test
  void groupsOneRunsFailuresOnADatasetIntoOneSlackMessage() {
    Plan plan = apply(run("r1", 0, SignalStatus.FAIL, "a", "b", "c"), List.of(), 0);
    assertThat(plan.steps()).hasSize(3);
    assertThat(plan.notifications()).hasSize(1);
    PlannedNotification n = plan.notifications().get(0);
    assertThat(n.receiver()).isEqualTo(SLACK);
    assertThat(n.event()).isEqualTo(NotificationEvent.OPEN);
    assertThat(n.steps()).containsExactly(0, 1, 2);
    assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(n.orderingKey()).isEqualTo("receiver:" + SLACK);
    assertThat((String) n.payload().get("text"))
        .startsWith("Checks failing: 3 checks on warehouse:public.orders");
  }

  @Test
  void escalatesToPagerDutyOnTheThirdFailureAndResolvesWithTheSameDedupKey() {
    apply(run("r1", 0, SignalStatus.FAIL, "a"), List.of(), 0);
    assertThat(apply(run("r2", 1, SignalStatus.FAIL, "a"), List.of(), 1).notifications()).isEmpty();
    Plan third = apply(run("r3", 2, SignalStatus.FAIL, "a"), List.of(), 2);
    assertThat(third.notifications())
        .extracting(PlannedNotification::receiver, PlannedNotification::event)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(PD, NotificationEvent.ESCALATE),
            org.assertj.core.groups.Tuple.tuple(SLACK, NotificationEvent.ESCALATE));
    PlannedNotification trigger = byReceiver(third, PD);
    assertThat(trigger.payload()).containsEntry("event_action", "trigger");
    @SuppressWarnings("unchecked")
    Map<String, Object> payload = (Map<String, Object>) trigger.payload().get("payload");
    assertThat(payload).containsEntry("severity", "critical").containsEntry("component", "orders");
    assertThat(payload)
        .containsKeys("summary", "source", "timestamp", "group", "class", "custom_details");
    assertThat(third.steps().get(0).after().paged()).isTrue();

    apply(run("r4", 3, SignalStatus.PASS, "a"), List.of(), 3);
    Plan resolved = apply(run("r5", 4, SignalStatus.PASS, "a"), List.of(), 4);
    PlannedNotification resolve = byReceiver(resolved, PD);
    assertThat(resolve.payload()).containsEntry("event_action", "resolve");
    assertThat(resolve.dedupKey()).isEqualTo(trigger.dedupKey());
    assertThat(resolve.orderingKey()).isEqualTo(trigger.orderingKey());
    assertThat(byReceiver(resolved, SLACK).event()).isEqualTo(NotificationEvent.RESOLVE);
  }

  @Test
  void aSilenceSuppressesWithItsReasonButNeverHoldsBackAPagersResolve() {
    apply(run("r1", 0, SignalStatus.FAIL, "a"), List.of(), 0);
    apply(run("r2", 1, SignalStatus.FAIL, "a"), List.of(), 1);
    apply(run("r3", 2, SignalStatus.FAIL, "a"), List.of(), 2);
    Silence silence =
        new Silence(
            7L,
            Matchers.of("orders", null, null, null, null, null),
            at(3),
            at(60),
            "ana",
            "maintenance");
    apply(run("r4", 3, SignalStatus.PASS, "a"), List.of(silence), 3);
    Plan resolved = apply(run("r5", 4, SignalStatus.PASS, "a"), List.of(silence), 4);
    assertThat(byReceiver(resolved, PD).status()).isEqualTo(NotificationStatus.PENDING);
    PlannedNotification slack = byReceiver(resolved, SLACK);
    assertThat(slack.status()).isEqualTo(NotificationStatus.SUPPRESSED);
    assertThat(slack.reason()).isEqualTo("silenced by silence 7 (maintenance)");

    Plan next = apply(run("r6", 5, SignalStatus.FAIL, "a"), List.of(silence), 5);
    assertThat(next.notifications())
        .singleElement()
        .extracting(PlannedNotification::status)
        .isEqualTo(NotificationStatus.SUPPRESSED);
    // an expired silence mutes nothing
    Plan later = apply(run("r7", 61, SignalStatus.FAIL, "b"), List.of(silence), 61);
    assertThat(later.notifications().get(0).status()).isEqualTo(NotificationStatus.PENDING);
  }

  @Test
  void aSilencedEscalationDoesNotCountAsPaged() {
    Silence silence = new Silence(1L, Matchers.ALL, at(0), at(60), "ana", null);
    apply(run("r1", 0, SignalStatus.FAIL, "a"), List.of(silence), 0);
    apply(run("r2", 1, SignalStatus.FAIL, "a"), List.of(silence), 1);
    Plan third = apply(run("r3", 2, SignalStatus.FAIL, "a"), List.of(silence), 2);
    assertThat(third.steps().get(0).after().paged()).isFalse();
    // while the silence lasts, the sweep holds the page back and records nothing new
    assertThat(planner.remind(List.copyOf(open.values()), List.of(silence), at(30)).isEmpty())
        .isTrue();
    apply(run("r4", 3, SignalStatus.PASS, "a"), List.of(), 3);
    Plan resolved = apply(run("r5", 4, SignalStatus.PASS, "a"), List.of(), 4);
    assertThat(resolved.notifications())
        .extracting(PlannedNotification::receiver)
        .containsExactly(SLACK);
  }

  @Test
  void aPageHeldBackByASilenceGoesOutWhenTheSilenceEnds() {
    Silence silence = new Silence(1L, Matchers.ALL, at(0), at(60), "ana", null);
    for (int m = 0; m < 3; m++) {
      apply(run("r" + m, m, SignalStatus.FAIL, "a"), List.of(silence), m);
    }
    Incident held = open.values().iterator().next();
    assertThat(held.state()).isEqualTo(IncidentState.CRITICAL);
    assertThat(held.paged()).isFalse();

    Plan after = planner.remind(List.of(held), List.of(silence), at(61));
    PlannedNotification page = byReceiver(after, PD);
    assertThat(page.payload()).containsEntry("event_action", "trigger");
    assertThat(page.dedupKey()).isEqualTo(held.dedupKey());
    assertThat(page.status()).isEqualTo(NotificationStatus.PENDING);
    Incident paged = after.steps().get(0).after();
    assertThat(paged.paged()).isTrue();
    assertThat(paged.state()).isEqualTo(IncidentState.CRITICAL);
    assertThat(after.steps().get(0).transitions().get(0).reason())
        .isEqualTo("page held back by a silence: paging now");
    // paged once: the next sweep is an ordinary reminder, to chat only
    Plan next = planner.remind(List.of(paged), List.of(), at(61 + 24 * 60));
    assertThat(next.notifications()).extracting(PlannedNotification::receiver).doesNotContain(PD);
  }

  @Test
  void inhibitedChecksAreRecordedNotSent() {
    List<Signal> batch =
        List.of(
            freshness("orders", SignalStatus.FAIL, "r1", at(0)),
            signal("orders", "a", SignalStatus.FAIL, "r1", at(0)),
            signal("orders", "b", SignalStatus.FAIL, "r1", at(0)));
    Plan plan = apply(batch, List.of(), 0);
    assertThat(plan.steps()).hasSize(3);
    assertThat(plan.notifications()).hasSize(2);
    PlannedNotification sent =
        plan.notifications().stream()
            .filter(n -> n.status() == NotificationStatus.PENDING)
            .findFirst()
            .orElseThrow();
    assertThat(sent.steps()).containsExactly(0);
    PlannedNotification held =
        plan.notifications().stream()
            .filter(n -> n.status() == NotificationStatus.SUPPRESSED)
            .findFirst()
            .orElseThrow();
    assertThat(held.steps()).containsExactly(1, 2);
    assertThat(held.reason()).startsWith("inhibited: freshness check freshness(loaded_at) failed");
  }

  @Test
  void aReceiverWithoutAnEndpointIsRecordedAsUndeliverable() {
    Route root =
        new Route(
            "root",
            Matchers.ALL,
            List.of("ops-webhook", "nobody"),
            EscalationPolicy.DEFAULT,
            false,
            List.of());
    ReceiverDirectory dir =
        new ReceiverDirectory() {
          @Override
          public ReceiverKind kind(String name) {
            return name.equals("ops-webhook") ? ReceiverKind.WEBHOOK : null;
          }

          @Override
          public boolean hasEndpoint(String name) {
            return false;
          }
        };
    Plan plan =
        new AlertPlanner(new Router(root), dir, FORMATS)
            .plan(run("r1", 0, SignalStatus.FAIL, "a"), Map.of(), List.of(), at(0));
    assertThat(plan.notifications())
        .extracting(PlannedNotification::status, PlannedNotification::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                NotificationStatus.UNDELIVERABLE,
                "undeliverable: no endpoint configured for receiver ops-webhook"),
            org.assertj.core.groups.Tuple.tuple(
                NotificationStatus.UNDELIVERABLE,
                "undeliverable: no endpoint configured for receiver nobody"));
  }

  @Test
  void remindersGoToChatOnlyAndManualAcknowledgeReachesPagerDuty() {
    Route root =
        new Route(
            "root",
            Matchers.ALL,
            List.of(),
            new EscalationPolicy(1, 2, Duration.ofHours(1)),
            false,
            List.of());
    AlertPlanner p = new AlertPlanner(new Router(root), DIRECTORY, FORMATS);
    Plan first = p.plan(run("r1", 0, SignalStatus.FAIL, "a"), Map.of(), List.of(), at(0));
    Incident i = first.steps().get(0).after();
    assertThat(i.state()).isEqualTo(IncidentState.CRITICAL);
    assertThat(p.remind(List.of(i), List.of(), at(30)).isEmpty()).isTrue();
    Plan reminder = p.remind(List.of(i), List.of(), at(60));
    assertThat(reminder.notifications())
        .extracting(PlannedNotification::receiver)
        .containsExactly(SLACK);
    Plan ack = p.manual(Escalation.acknowledge(i, "ana", at(61)));
    assertThat(byReceiver(ack, PD).payload()).containsEntry("event_action", "acknowledge");
  }

  @Test
  void slackMessagesStayWithinBlockKitLimits() {
    List<Signal> many = new java.util.ArrayList<>();
    for (int n = 0; n < 120; n++) {
      many.add(signal("orders", "check_" + n + "x".repeat(200), SignalStatus.FAIL, "r1", at(0)));
    }
    Plan plan = apply(many, List.of(), 0);
    Map<String, Object> body = plan.notifications().get(0).payload();
    assertThat((List<?>) body.get("blocks")).hasSizeLessThanOrEqualTo(50);
    assertThat(body.get("text").toString()).hasSizeLessThanOrEqualTo(3000);
    @SuppressWarnings("unchecked")
    Map<String, Object> header =
        (Map<String, Object>) ((List<Map<String, Object>>) body.get("blocks")).get(0).get("text");
    assertThat(header.get("text").toString()).hasSizeLessThanOrEqualTo(150);
    assertThat(plan.notifications().get(0).steps()).hasSize(120);
  }

  private static PlannedNotification byReceiver(Plan plan, String receiver) {
    return plan.notifications().stream()
        .filter(n -> n.receiver().equals(receiver))
        .findFirst()
        .orElseThrow();
  }
}
