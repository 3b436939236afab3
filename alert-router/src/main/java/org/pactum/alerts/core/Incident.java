package org.pactum.alerts.core;

import java.time.Instant;
import java.util.List;

/**
 * An incident for one (contract, check) episode. {@code id} is null until stored. {@code receivers}
 * and {@code policy} are fixed when it opens, so a reminder or a resolve reaches the receivers that
 * heard the trigger.
 *
 * @param paged whether a PagerDuty trigger went out in this episode (a resolve then follows it)
 * @param errored whether the latest failing signal was an ERROR (the check could not be evaluated)
 */
public record Incident(
    Long id,
    String contractId,
    String check,
    String dataset,
    String team,
    IncidentState state,
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
    List<String> receivers,
    EscalationPolicy policy) {
  public Incident {
    receivers = receivers == null ? List.of() : List.copyOf(receivers);
  }

  public IncidentKey key() {
    return new IncidentKey(contractId, check);
  }

  public Incident withId(Long newId) {
    return new Incident(
        newId,
        contractId,
        check,
        dataset,
        team,
        state,
        dedupKey,
        consecutiveFailures,
        consecutivePasses,
        paged,
        errored,
        openedAt,
        updatedAt,
        resolvedAt,
        acknowledgedAt,
        acknowledgedBy,
        lastNotifiedAt,
        lastRunId,
        summary,
        link,
        receivers,
        policy);
  }

  public Incident withPaged(boolean nowPaged) {
    return new Incident(
        id,
        contractId,
        check,
        dataset,
        team,
        state,
        dedupKey,
        consecutiveFailures,
        consecutivePasses,
        nowPaged,
        errored,
        openedAt,
        updatedAt,
        resolvedAt,
        acknowledgedAt,
        acknowledgedBy,
        lastNotifiedAt,
        lastRunId,
        summary,
        link,
        receivers,
        policy);
  }

  Incident next(
      IncidentState newState,
      int failures,
      int passes,
      boolean nowPaged,
      boolean nowErrored,
      Instant at,
      Instant resolved,
      Instant notified,
      String runId,
      String newSummary,
      String newLink) {
    return new Incident(
        id,
        contractId,
        check,
        dataset,
        team,
        newState,
        dedupKey,
        failures,
        passes,
        nowPaged,
        nowErrored,
        openedAt,
        at,
        resolved,
        acknowledgedAt,
        acknowledgedBy,
        notified,
        runId,
        newSummary,
        newLink,
        receivers,
        policy);
  }

  Incident acknowledged(String by, Instant at) {
    return new Incident(
        id,
        contractId,
        check,
        dataset,
        team,
        state,
        dedupKey,
        consecutiveFailures,
        consecutivePasses,
        paged,
        errored,
        openedAt,
        at,
        resolvedAt,
        at,
        by,
        lastNotifiedAt,
        lastRunId,
        summary,
        link,
        receivers,
        policy);
  }
}
