package org.pactum.alerts.db;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pactum.alerts.core.EscalationPolicy;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentState;

/** A row of {@code alerts.incident}. */
public record IncidentRow(
    Long id,
    String contractId,
    String checkName,
    String dataset,
    String team,
    String state,
    String dedupKey,
    int consecutiveFailures,
    int consecutivePasses,
    boolean paged,
    boolean errored,
    Instant openedAt,
    Instant updatedAt,
    Instant resolvedAt,
    Instant acknowledgedAt,
    String acknowledgedBy,
    Instant lastNotifiedAt,
    String lastRunId,
    String summary,
    String link,
    String[] receivers,
    int criticalAfter,
    int resolveAfter,
    long repeatIntervalSeconds) {

  static IncidentRow of(Incident i) {
    return new IncidentRow(
        i.id(),
        i.contractId(),
        i.check(),
        i.dataset(),
        i.team(),
        i.state().name(),
        i.dedupKey(),
        i.consecutiveFailures(),
        i.consecutivePasses(),
        i.paged(),
        i.errored(),
        i.openedAt(),
        i.updatedAt(),
        i.resolvedAt(),
        i.acknowledgedAt(),
        i.acknowledgedBy(),
        i.lastNotifiedAt(),
        i.lastRunId(),
        i.summary(),
        i.link(),
        i.receivers().toArray(String[]::new),
        i.policy().criticalAfter(),
        i.policy().resolveAfter(),
        i.policy().repeatInterval().toSeconds());
  }

  Incident toIncident() {
    return new Incident(
        id,
        new Incident.Identity(contractId, checkName, dataset, team, dedupKey),
        IncidentState.valueOf(state),
        new Incident.Streak(consecutiveFailures, consecutivePasses, errored),
        paged,
        new Incident.Timeline(
            openedAt, updatedAt, resolvedAt, acknowledgedAt, acknowledgedBy, lastNotifiedAt),
        new Incident.LastRun(lastRunId, summary, link),
        new Incident.Routing(
            receivers == null ? List.of() : List.of(receivers),
            new EscalationPolicy(
                criticalAfter, resolveAfter, Duration.ofSeconds(repeatIntervalSeconds))));
  }
}
