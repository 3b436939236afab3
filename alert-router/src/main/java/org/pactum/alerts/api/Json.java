package org.pactum.alerts.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.pactum.alerts.core.RouteMatch;
import org.pactum.alerts.db.AlertsReadModel;
import org.pactum.alerts.db.AttemptRow;
import org.pactum.alerts.db.IncidentRow;
import org.pactum.alerts.db.NotificationRow;
import org.pactum.alerts.db.ReceiverStatusRow;
import org.pactum.alerts.db.SilenceRow;
import org.pactum.alerts.db.TransitionRow;

/** The API's response bodies (snake_case). None holds a URL or routing key. */
public final class Json {
  private Json() {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Incident(
      long id,
      String contractId,
      String check,
      String dataset,
      String team,
      String state,
      String dedupKey,
      int consecutiveFailures,
      int consecutivePasses,
      boolean paged,
      boolean couldNotEvaluate,
      Instant openedAt,
      Instant updatedAt,
      Instant resolvedAt,
      Instant acknowledgedAt,
      String acknowledgedBy,
      String lastRunId,
      String summary,
      String link,
      List<String> receivers) {
    static Incident of(IncidentRow r) {
      return new Incident(
          r.id(),
          r.contractId(),
          r.checkName(),
          r.dataset(),
          r.team(),
          r.state(),
          r.dedupKey(),
          r.consecutiveFailures(),
          r.consecutivePasses(),
          r.paged(),
          r.errored(),
          r.openedAt(),
          r.updatedAt(),
          r.resolvedAt(),
          r.acknowledgedAt(),
          r.acknowledgedBy(),
          r.lastRunId(),
          r.summary(),
          r.link(),
          r.receivers() == null ? List.of() : List.of(r.receivers()));
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Transition(String from, String to, String reason, String runId, Instant at) {
    static Transition of(TransitionRow t) {
      return new Transition(t.fromState(), t.toState(), t.reason(), t.runId(), t.at());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Attempt(
      Instant at,
      Integer statusCode,
      long latencyMs,
      String outcome,
      String responseExcerpt,
      String error) {
    static Attempt of(AttemptRow a) {
      return new Attempt(
          a.attemptedAt(),
          a.statusCode(),
          a.latencyMs(),
          a.outcome(),
          a.responseExcerpt(),
          a.error());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Delivery(
      long id,
      String receiver,
      String kind,
      String event,
      String status,
      String reason,
      int attemptCount,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant finishedAt,
      boolean receiverMisconfigured,
      List<Attempt> attempts) {
    static Delivery of(AlertsReadModel.Delivery d, java.util.Set<String> misconfigured) {
      NotificationRow n = d.notification();
      return new Delivery(
          n.id(),
          n.receiver(),
          n.kind(),
          n.event(),
          n.status(),
          n.reason(),
          n.attempts(),
          n.createdAt(),
          "PENDING".equals(n.status()) ? n.nextAttemptAt() : null,
          n.finishedAt(),
          misconfigured.contains(n.receiver()),
          d.attempts().stream().map(Attempt::of).toList());
    }
  }

  public record IncidentDetail(
      Incident incident, List<Transition> transitions, List<Delivery> deliveries) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Matchers(
      String contract,
      String check,
      String team,
      List<String> severity,
      String dataset,
      List<String> tags) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Silence(
      long id,
      Matchers matchers,
      Instant startsAt,
      Instant endsAt,
      String createdBy,
      String comment,
      Instant createdAt,
      boolean active) {
    static Silence of(SilenceRow r, Instant now) {
      return new Silence(
          r.id(),
          new Matchers(
              r.contract(),
              r.checkName(),
              r.team(),
              r.severities() == null ? List.of() : List.of(r.severities()),
              r.dataset(),
              r.tags() == null ? List.of() : List.of(r.tags())),
          r.startsAt(),
          r.endsAt(),
          r.createdBy(),
          r.comment(),
          r.createdAt(),
          !now.isBefore(r.startsAt()) && now.isBefore(r.endsAt()));
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record RouteHit(
      String route,
      List<String> receivers,
      int criticalAfter,
      int resolveAfter,
      String repeatInterval) {
    static RouteHit of(RouteMatch m) {
      return new RouteHit(
          m.path(),
          m.receivers(),
          m.policy().criticalAfter(),
          m.policy().resolveAfter(),
          m.policy().repeatInterval().toString());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record RouteTest(
      List<String> receivers, List<RouteHit> routes, List<String> unconfigured) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Receiver(
      String name,
      String kind,
      boolean configured,
      boolean misconfigured,
      Integer lastStatusCode,
      String detail,
      Instant updatedAt) {
    static Receiver of(String name, String kind, boolean configured, ReceiverStatusRow s) {
      return new Receiver(
          name,
          kind,
          configured,
          s != null && s.misconfigured(),
          s == null ? null : s.statusCode(),
          s == null ? null : s.detail(),
          s == null ? null : s.updatedAt());
    }
  }

  public record ReceiverList(List<Receiver> receivers) {}
}
