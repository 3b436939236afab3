package org.pactum.alerts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.alerts.core.NotificationEvent.ESCALATE;
import static org.pactum.alerts.core.NotificationEvent.OPEN;
import static org.pactum.alerts.core.NotificationEvent.REMIND;
import static org.pactum.alerts.core.NotificationEvent.RESOLVE;
import static org.pactum.alerts.core.Signals.at;
import static org.pactum.alerts.core.Signals.signal;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationTest {
  private static final List<String> RECEIVERS =
      List.of("slack:#checkout-data", "pagerduty:checkout-oncall");
  private static final EscalationPolicy POLICY = EscalationPolicy.DEFAULT;

  private static Step step(Incident open, SignalStatus status, int minute) {
    return Escalation.onSignal(
            open,
            signal("orders", "not_null(id)", status, "r" + minute, at(minute)),
            RECEIVERS,
            POLICY,
            at(minute))
        .orElseThrow();
  }

  @Test
  void climbsTheWholeLadderAndResolvesAfterTwoPasses() {
    Step s1 = step(null, SignalStatus.FAIL, 0);
    assertThat(s1.after().state()).isEqualTo(IncidentState.WARNING);
    assertThat(s1.events()).containsExactly(OPEN);
    assertThat(s1.transitions()).extracting(Transition::to).containsExactly(IncidentState.WARNING);
    assertThat(s1.after().receivers()).isEqualTo(RECEIVERS);

    Step s2 = step(s1.after(), SignalStatus.FAIL, 10);
    assertThat(s2.after().state()).isEqualTo(IncidentState.WARNING);
    assertThat(s2.events()).isEmpty();
    assertThat(s2.after().consecutiveFailures()).isEqualTo(2);

    Step s3 = step(s2.after(), SignalStatus.FAIL, 20);
    assertThat(s3.after().state()).isEqualTo(IncidentState.CRITICAL);
    assertThat(s3.events()).containsExactly(ESCALATE);
    assertThat(s3.after().paged()).isTrue();

    Step s4 = step(s3.after(), SignalStatus.PASS, 30);
    assertThat(s4.after().state()).isEqualTo(IncidentState.CRITICAL);
    assertThat(s4.events()).isEmpty();

    Step s5 = step(s4.after(), SignalStatus.PASS, 40);
    assertThat(s5.after().state()).isEqualTo(IncidentState.RESOLVED);
    assertThat(s5.events()).containsExactly(RESOLVE);
    assertThat(s5.after().resolvedAt()).isEqualTo(at(40));
    assertThat(s5.after().dedupKey()).isEqualTo(s1.after().dedupKey());
  }

  @Test
  void aFailureBetweenPassesRestartsThePassCount() {
    Incident i = step(null, SignalStatus.FAIL, 0).after();
    i = step(i, SignalStatus.PASS, 1).after();
    i = step(i, SignalStatus.FAIL, 2).after();
    assertThat(i.consecutiveFailures()).isEqualTo(1);
    i = step(i, SignalStatus.PASS, 3).after();
    assertThat(i.state()).isEqualTo(IncidentState.WARNING);
    assertThat(step(i, SignalStatus.PASS, 4).after().state()).isEqualTo(IncidentState.RESOLVED);
  }

  @Test
  void aPassWithoutAnOpenIncidentChangesNothing() {
    assertThat(
            Escalation.onSignal(
                null,
                signal("orders", "c", SignalStatus.PASS, "r", at(0)),
                RECEIVERS,
                POLICY,
                at(0)))
        .isEmpty();
  }

  @Test
  void anErrorIsItsOwnKindAndNeverAPass() {
    Step s1 = step(null, SignalStatus.ERROR, 0);
    assertThat(s1.after().errored()).isTrue();
    assertThat(s1.after().summary()).contains("could not be evaluated");
    Incident i = step(s1.after(), SignalStatus.ERROR, 1).after();
    Step s3 = step(i, SignalStatus.ERROR, 2);
    assertThat(s3.after().state()).isEqualTo(IncidentState.CRITICAL);
    assertThat(s3.transitions().get(0).reason()).startsWith("could not be evaluated");
  }

  @Test
  void aWarnVerdictNeverPages() {
    Incident i = step(null, SignalStatus.WARN, 0).after();
    for (int m = 1; m < 6; m++) {
      Step s = step(i, SignalStatus.WARN, m);
      assertThat(s.events()).doesNotContain(ESCALATE);
      i = s.after();
    }
    assertThat(i.state()).isEqualTo(IncidentState.WARNING);
  }

  @Test
  void criticalAfterOnePagesAtOnce() {
    Step s =
        Escalation.onSignal(
                null,
                signal("orders", "c", SignalStatus.FAIL, "r", at(0)),
                RECEIVERS,
                new EscalationPolicy(1, 2, Duration.ZERO),
                at(0))
            .orElseThrow();
    assertThat(s.events()).containsExactly(OPEN, ESCALATE);
    assertThat(s.after().state()).isEqualTo(IncidentState.CRITICAL);
  }

  @Test
  void remindsAfterTheIntervalUntilAcknowledged() {
    Incident i = step(null, SignalStatus.FAIL, 0).after();
    assertThat(Escalation.onTimer(i, at(239))).isEmpty();
    Step r = Escalation.onTimer(i, at(240)).orElseThrow();
    assertThat(r.events()).containsExactly(REMIND);
    assertThat(r.after().lastNotifiedAt()).isEqualTo(at(240));
    assertThat(Escalation.onTimer(r.after(), at(300))).isEmpty();
    // a failing signal after the interval also reminds
    assertThat(step(i, SignalStatus.FAIL, 250).events()).containsExactly(REMIND);
    Incident acked = Escalation.acknowledge(i, "ana", at(5)).after();
    assertThat(Escalation.onTimer(acked, at(1000))).isEmpty();
  }

  @Test
  void acknowledgeAndResolveNeedAnOpenIncident() {
    Incident i = step(null, SignalStatus.FAIL, 0).after();
    Step resolved = Escalation.resolve(i, "ana", at(1));
    assertThat(resolved.after().state()).isEqualTo(IncidentState.RESOLVED);
    assertThat(resolved.transitions().get(0).reason()).isEqualTo("resolved by ana");
    assertThatThrownBy(() -> Escalation.acknowledge(resolved.after(), "ana", at(2)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void dedupKeyIsStablePerEpisodeAndWithinPagerDutysLimit() {
    assertThat(Escalation.dedupKey("a", "b", "w:t", at(0)))
        .isEqualTo(Escalation.dedupKey("a", "b", "w:t", at(0)));
    assertThat(Escalation.dedupKey("a", "b", "w:t", at(0)))
        .isNotEqualTo(Escalation.dedupKey("a", "b", "w:t", at(1)));
    assertThat(Escalation.dedupKey("a", "b", "w:t", at(0)))
        .isNotEqualTo(Escalation.dedupKey("a", "b", "kafka:t", at(0)));
    assertThat(Escalation.dedupKey("a".repeat(300), "b", "w:t", at(0)))
        .hasSizeLessThanOrEqualTo(255);
  }

  @Test
  void summaryIsCappedAt1024() {
    Signal s =
        new Signal(
            null,
            "orders",
            "d",
            "c",
            null,
            SignalStatus.FAIL,
            null,
            null,
            null,
            "r",
            "x".repeat(5000),
            null,
            null,
            at(0));
    assertThat(Escalation.summary(s, 1)).hasSize(1024);
  }
}
