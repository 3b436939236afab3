package org.pactum.alerts.db;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.Nested;
import org.pactum.alerts.core.EscalationPolicy;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentState;

/**
 * A row of {@code alerts.incident}, in the parts of {@link Incident}: each {@link Nested} part
 * reads its columns by name (no prefix: the table's columns stay flat) and binds as {@code
 * :r.<part>.<field>}.
 */
public record IncidentRow(
    Long id,
    @Nested Identity identity,
    String state,
    @Nested Streak streak,
    boolean paged,
    @Nested Timeline timeline,
    @Nested LastRun lastRun,
    @Nested Routing routing) {

  static IncidentRow of(Incident i) {
    return new IncidentRow(
        i.id(),
        Identity.of(i.identity()),
        i.state().name(),
        Streak.of(i.streak()),
        i.paged(),
        Timeline.of(i.timeline()),
        LastRun.of(i.lastRun()),
        Routing.of(i.routing()));
  }

  Incident toIncident() {
    return new Incident(
        id,
        identity.toCore(),
        IncidentState.valueOf(state),
        streak.toCore(),
        paged,
        timeline.toCore(),
        lastRun.toCore(),
        routing.toCore());
  }

  /** Columns {@code contract_id, check_name, dataset, team, dedup_key}. */
  public record Identity(
      String contractId, String checkName, String dataset, String team, String dedupKey) {
    static Identity of(Incident.Identity i) {
      return new Identity(i.contractId(), i.check(), i.dataset(), i.team(), i.dedupKey());
    }

    Incident.Identity toCore() {
      return new Incident.Identity(contractId, checkName, dataset, team, dedupKey);
    }
  }

  /** Columns {@code consecutive_failures, consecutive_passes, errored}. */
  public record Streak(int consecutiveFailures, int consecutivePasses, boolean errored) {
    static Streak of(Incident.Streak s) {
      return new Streak(s.consecutiveFailures(), s.consecutivePasses(), s.errored());
    }

    Incident.Streak toCore() {
      return new Incident.Streak(consecutiveFailures, consecutivePasses, errored);
    }
  }

  /**
   * Columns {@code opened_at, updated_at, resolved_at, acknowledged_at, acknowledged_by,
   * last_notified_at}.
   */
  public record Timeline(
      Instant openedAt,
      Instant updatedAt,
      Instant resolvedAt,
      Instant acknowledgedAt,
      String acknowledgedBy,
      Instant lastNotifiedAt) {
    static Timeline of(Incident.Timeline t) {
      return new Timeline(
          t.openedAt(),
          t.updatedAt(),
          t.resolvedAt(),
          t.acknowledgedAt(),
          t.acknowledgedBy(),
          t.lastNotifiedAt());
    }

    Incident.Timeline toCore() {
      return new Incident.Timeline(
          openedAt, updatedAt, resolvedAt, acknowledgedAt, acknowledgedBy, lastNotifiedAt);
    }
  }

  /** Columns {@code last_run_id, summary, link}. */
  public record LastRun(String lastRunId, String summary, String link) {
    static LastRun of(Incident.LastRun r) {
      return new LastRun(r.runId(), r.summary(), r.link());
    }

    Incident.LastRun toCore() {
      return new Incident.LastRun(lastRunId, summary, link);
    }
  }

  /** Columns {@code receivers, critical_after, resolve_after, repeat_interval_seconds}. */
  public record Routing(
      String[] receivers, int criticalAfter, int resolveAfter, long repeatIntervalSeconds) {
    static Routing of(Incident.Routing r) {
      EscalationPolicy p = r.policy();
      return new Routing(
          r.receivers().toArray(String[]::new),
          p.criticalAfter(),
          p.resolveAfter(),
          p.repeatInterval().toSeconds());
    }

    Incident.Routing toCore() {
      return new Incident.Routing(
          receivers == null ? List.of() : List.of(receivers),
          new EscalationPolicy(
              criticalAfter, resolveAfter, Duration.ofSeconds(repeatIntervalSeconds)));
    }
  }
}
