package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.Attempt;
import org.pactum.alerts.core.DeliveryOutcome;
import org.pactum.alerts.core.EscalationPolicy;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentState;
import org.pactum.alerts.core.LastNotification;
import org.pactum.alerts.core.Notification;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.NotificationStatus;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Silence;
import org.pactum.alerts.core.SilenceDefinition;
import org.pactum.alerts.core.Transition;

class IncidentViewsTest {
  private static final Instant T0 = Instant.parse("2026-11-22T06:30:00Z");

  private static Incident incident(long id, String state, Instant resolved) {
    return new Incident(
        id,
        new Incident.Identity(
            "orders.order_placed",
            "freshness(loaded_at)",
            "warehouse:public.orders",
            "checkout",
            "pactum/orders.order_placed/freshness(loaded_at)/1"),
        IncidentState.valueOf(state),
        new Incident.Streak(3, 0, false),
        true,
        new Incident.Timeline(T0, T0.plusSeconds(600), resolved, null, null, T0),
        new Incident.LastRun("run-3", "freshness failed", "http://pactum/api/v1/runs/run-3"),
        new Incident.Routing(
            List.of("slack:#checkout-data"), new EscalationPolicy(3, 2, Duration.ZERO)));
  }

  private static Silence silence(
      long id, String contract, String check, String team, String[] severities, String[] tags) {
    return Silence.of(
        id,
        new SilenceDefinition(contract, check, team, List.of(severities), null, List.of(tags)),
        T0,
        T0.plusSeconds(7200),
        "ana",
        "backfill",
        T0);
  }

  @Test
  void filtersAreTheKnownStatesInAnyCaseAndNothingElse() {
    assertThat(IncidentsView.filter(null)).hasValue("");
    assertThat(IncidentsView.filter(" Critical ")).hasValue("critical");
    assertThat(IncidentsView.filter("OPEN")).hasValue("open");
    assertThat(IncidentsView.filter("acknowledged")).isEmpty();
    assertThat(IncidentsView.badFilter("<b>").getError()).contains("Unknown state '<b>'");
  }

  @Test
  void aListItemLinksKnownContractsAndShowsTheLatestNotification() {
    LastNotification last =
        new LastNotification(
            7,
            "slack:#checkout-data",
            NotificationEvent.ESCALATE,
            NotificationStatus.DELIVERED,
            T0,
            T0);
    IncidentsView.Item open =
        IncidentsView.item(
            new AlertsReadModel.IncidentSummary(incident(7, "CRITICAL", null), last),
            Set.of("orders.order_placed"));
    assertThat(open.contractKnown()).isTrue();
    assertThat(open.since()).isEqualTo("2026-11-22 06:30");
    assertThat(open.consecutiveFailures()).isEqualTo(3);
    assertThat(open.lastNotifiedAt()).isEqualTo("2026-11-22 06:30");
    assertThat(open.lastNotification()).isEqualTo("slack:#checkout-data · escalate DELIVERED");

    IncidentsView.Item resolved =
        IncidentsView.item(
            new AlertsReadModel.IncidentSummary(
                incident(8, "RESOLVED", T0.plusSeconds(3600)), null),
            Set.of());
    assertThat(resolved.contractKnown()).isFalse();
    assertThat(resolved.since()).isEqualTo("2026-11-22 07:30");
    assertThat(resolved.lastNotification()).isEmpty();
    assertThat(resolved.lastNotifiedAt()).isEmpty();
  }

  @Test
  void silencesMatchOnWhatTheIncidentRecordsAndSayWhatElseTheyNeed() {
    Incident i = incident(7, "CRITICAL", null);
    List<IncidentSilences.Item> hits =
        IncidentSilences.matching(
            i,
            List.of(
                silence(1, "orders.*", null, null, new String[] {"critical"}, new String[0]),
                silence(2, "payments.*", null, null, new String[0], new String[0]),
                silence(3, null, "freshness*", "checkout", new String[0], new String[] {"pii"}),
                silence(4, null, null, "search", new String[0], new String[0])));
    assertThat(hits).extracting(IncidentSilences.Item::id).containsExactly(1L, 3L);
    assertThat(hits.get(0).matchers()).isEqualTo("contract=orders.* severity=critical");
    assertThat(hits.get(0).also()).isEqualTo("only signals with severity critical");
    assertThat(hits.get(1).matchers()).isEqualTo("check=freshness* team=checkout tags=pii");
    assertThat(hits.get(1).also()).isEqualTo("only signals with tags pii");
    assertThat(hits.get(0).until()).isEqualTo("2026-11-22 08:30");
  }

  @Test
  void theIncidentPageShowsAttemptsAndSuppressionsWithoutPayloads() {
    Notification delivered =
        new Notification(
            1,
            "slack:#checkout-data",
            ReceiverKind.SLACK,
            NotificationEvent.OPEN,
            NotificationStatus.DELIVERED,
            null,
            2,
            T0,
            T0,
            T0.plusSeconds(3));
    Notification suppressed =
        new Notification(
            2,
            "slack:#checkout-data",
            ReceiverKind.SLACK,
            NotificationEvent.OPEN,
            NotificationStatus.SUPPRESSED,
            "silenced by silence 1 (backfill)",
            0,
            T0,
            T0,
            T0);
    AlertsReadModel.IncidentDetail detail =
        new AlertsReadModel.IncidentDetail(
            incident(7, "WARNING", null),
            List.of(
                new Transition(
                    IncidentState.OK, IncidentState.WARNING, "first failure", "run-1", T0)),
            List.of(
                new AlertsReadModel.Delivery(
                    delivered,
                    List.of(
                        new Attempt(
                            T0.plusSeconds(1), 500, 41, DeliveryOutcome.RETRY, "oops", null),
                        new Attempt(
                            T0.plusSeconds(3),
                            null,
                            5,
                            DeliveryOutcome.RETRY,
                            null,
                            "network error: ConnectException"))),
                new AlertsReadModel.Delivery(suppressed, List.of())));
    IncidentView v = new IncidentView(detail, true, List.of());
    assertThat(v.getTimeline())
        .containsExactly(
            new IncidentView.Step(
                "2026-11-22 06:30:00", "OK", "WARNING", "first failure", "run-1"));
    IncidentView.Notification first = v.getNotifications().get(0);
    assertThat(first.suppressed()).isFalse();
    assertThat(first.event()).isEqualTo("open");
    assertThat(first.attempts())
        .containsExactly(
            new IncidentView.Attempt("2026-11-22 06:30:01", "500", 41, "RETRY", ""),
            new IncidentView.Attempt(
                "2026-11-22 06:30:03", "—", 5, "RETRY", "network error: ConnectException"));
    assertThat(first.toString()).doesNotContain("secret payload");
    IncidentView.Notification second = v.getNotifications().get(1);
    assertThat(second.suppressed()).isTrue();
    assertThat(second.reason()).isEqualTo("silenced by silence 1 (backfill)");
    assertThat(v.getAcknowledged()).isEmpty();
    assertThat(v.getResolvedAt()).isEmpty();
  }
}
