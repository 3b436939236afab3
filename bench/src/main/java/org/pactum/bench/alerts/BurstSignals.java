package org.pactum.bench.alerts;

import io.dropwizard.util.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pactum.alerts.AlertsConfig;
import org.pactum.alerts.ReceiverConfig;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;

/**
 * {@link AlertBurstBench}'s data: a failing check's signal, owned by one of the teams, and the
 * router's configuration (a Slack webhook and a PagerDuty service per team, every failure pages).
 */
final class BurstSignals {
  private BurstSignals() {}

  /** A failing {@code not_null} check of {@code contract}'s run, owned by team {@code team}. */
  static Signal signal(String contract, String check, int team) {
    Owner owner = new Owner("team" + team, null, "#team-" + team, "team-" + team);
    return new Signal(
        "check-run",
        contract,
        "wh:public." + contract.replace('.', '_'),
        check,
        "not_null",
        SignalStatus.FAIL,
        Severity.ERROR,
        owner,
        List.of(),
        "burst-" + contract,
        "12 of 1000 rows are null",
        Map.of("observed_value", 0.012),
        "http://localhost:8080/api/v1/runs/burst-" + contract,
        Instant.now());
  }

  /** The router's configuration, with Slack and PagerDuty at {@code base}. */
  static AlertsConfig config(String base, AlertBurstOptions o) {
    AlertsConfig c = new AlertsConfig();
    c.pagerdutyBaseUrl = base;
    c.escalation.criticalAfter = 1;
    for (int t = 0; t < o.teams(); t++) {
      c.receivers.add(
          new ReceiverConfig("slack:#team-" + t, "slack", base + "/slack/team-" + t, null, null));
      c.receivers.add(
          new ReceiverConfig(
              "pagerduty:team-" + t, "pagerduty", null, "routing-key-team-" + t, null));
    }
    c.delivery.threads = o.threads();
    c.delivery.slackMinInterval = Duration.milliseconds(o.slackIntervalMs());
    return c;
  }
}
