package org.pactum.alerts.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.NotificationStatus;
import org.pactum.alerts.core.ReceiverStatus;
import org.pactum.alerts.core.RouteMatch;
import org.pactum.alerts.core.SilenceDefinition;

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
    static Incident of(org.pactum.alerts.core.Incident r) {
      return new Incident(
          r.id(),
          r.contractId(),
          r.check(),
          r.dataset(),
          r.team(),
          r.state().name(),
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
          r.receivers());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Transition(String from, String to, String reason, String runId, Instant at) {
    static Transition of(org.pactum.alerts.core.Transition t) {
      return new Transition(t.from().name(), t.to().name(), t.reason(), t.runId(), t.at());
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
    static Attempt of(org.pactum.alerts.core.Attempt a) {
      return new Attempt(
          a.at(),
          a.statusCode(),
          a.latencyMs(),
          a.outcome() == null ? null : a.outcome().name(),
          a.excerpt(),
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
    static Delivery of(AlertsReadModel.Delivery d, Set<String> misconfigured) {
      org.pactum.alerts.core.Notification n = d.notification();
      return new Delivery(
          n.id(),
          n.receiver(),
          n.kind() == null ? null : n.kind().wire(),
          n.event().name(),
          n.status().name(),
          n.reason(),
          n.attempts(),
          n.createdAt(),
          n.status() == NotificationStatus.PENDING ? n.nextAttemptAt() : null,
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
    static Silence of(org.pactum.alerts.core.Silence s, Instant now) {
      SilenceDefinition d = s.definition();
      return new Silence(
          s.id(),
          new Matchers(d.contract(), d.check(), d.team(), d.severities(), d.dataset(), d.tags()),
          s.startsAt(),
          s.endsAt(),
          s.createdBy(),
          s.comment(),
          s.createdAt(),
          s.activeAt(now));
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
    static Receiver of(String name, String kind, boolean configured, ReceiverStatus s) {
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
