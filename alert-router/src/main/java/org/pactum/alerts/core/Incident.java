package org.pactum.alerts.core;

import java.time.Instant;
import java.util.List;

/**
 * An incident for one (contract, check) episode, in small parts: who it is about ({@link
 * Identity}), where it goes ({@link Routing}, fixed when it opens, so a reminder or a resolve
 * reaches the receivers that heard the trigger), its run of verdicts ({@link Streak}), its times
 * ({@link Timeline}) and the latest run that fed it ({@link LastRun}). {@code id} is null until
 * stored. It changes only through the named transitions below, which {@link Escalation} calls.
 *
 * @param paged whether a PagerDuty trigger went out in this episode (a resolve then follows it)
 */
public record Incident(
    Long id,
    Identity identity,
    IncidentState state,
    Streak streak,
    boolean paged,
    Timeline timeline,
    LastRun lastRun,
    Routing routing) {

  /**
   * What the incident is about.
   *
   * @param dedupKey PagerDuty's key for this episode: stable for its trigger, acknowledge, resolve
   */
  public record Identity(
      String contractId, String check, String dataset, String team, String dedupKey) {}

  /** The receivers and policy of the route the first failure took. */
  public record Routing(List<String> receivers, EscalationPolicy policy) {
    public Routing {
      receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
  }

  /**
   * The current run of verdicts.
   *
   * @param errored whether the latest failing signal was an ERROR (the check could not be
   *     evaluated)
   */
  public record Streak(int consecutiveFailures, int consecutivePasses, boolean errored) {}

  /** When it opened, last changed, resolved, was acknowledged (and by whom), last notified. */
  public record Timeline(
      Instant openedAt,
      Instant updatedAt,
      Instant resolvedAt,
      Instant acknowledgedAt,
      String acknowledgedBy,
      Instant lastNotifiedAt) {}

  /** The latest run that fed it: its id, the one-line summary and the link to look at. */
  public record LastRun(String runId, String summary, String link) {}

  // ---- the named transitions (package-private: Escalation drives them)

  /** Another failing verdict on an open incident: the streak and the latest run change. */
  Incident failedAgain(int failures, boolean nowErrored, LastRun run, Instant at) {
    return new Incident(
        id,
        identity,
        state,
        new Streak(failures, 0, nowErrored),
        paged,
        changedAt(at, null, timeline.lastNotifiedAt()),
        run,
        routing);
  }

  /** A passing verdict that does not resolve it yet (flapping protection). */
  Incident passedOnce(int passes, String runId, Instant at) {
    return new Incident(
        id,
        identity,
        state,
        new Streak(0, passes, streak.errored()),
        paged,
        changedAt(at, null, timeline.lastNotifiedAt()),
        new LastRun(runId, lastRun.summary(), lastRun.link()),
        routing);
  }

  /** Enough passes: resolved, and the receivers hear it now. */
  Incident recovered(int passes, String runId, String link, Instant at) {
    return new Incident(
        id,
        identity,
        IncidentState.RESOLVED,
        new Streak(0, passes, streak.errored()),
        paged,
        changedAt(at, at, at),
        new LastRun(runId, lastRun.summary(), link),
        routing);
  }

  /** Resolved by a person. */
  Incident resolvedByHand(Instant at) {
    return new Incident(
        id,
        identity,
        IncidentState.RESOLVED,
        new Streak(0, 0, streak.errored()),
        paged,
        changedAt(at, at, at),
        lastRun,
        routing);
  }

  /** Escalated to critical at its latest change: paged, and notified then. */
  Incident escalated() {
    Instant at = timeline.updatedAt();
    return new Incident(
        id,
        identity,
        IncidentState.CRITICAL,
        new Streak(streak.consecutiveFailures(), 0, streak.errored()),
        true,
        changedAt(at, null, at),
        lastRun,
        routing);
  }

  /** The page a silence held back goes out now. */
  Incident pageHeldBack(Instant at) {
    return new Incident(
        id, identity, state, streak, paged, changedAt(at, null, at), lastRun, routing);
  }

  /** Its receivers are reminded. */
  Incident notified(Instant at) {
    return new Incident(
        id,
        identity,
        state,
        streak,
        paged,
        changedAt(at, timeline.resolvedAt(), at),
        lastRun,
        routing);
  }

  Incident acknowledged(String by, Instant at) {
    Timeline t =
        new Timeline(
            timeline.openedAt(), at, timeline.resolvedAt(), at, by, timeline.lastNotifiedAt());
    return new Incident(id, identity, state, streak, paged, t, lastRun, routing);
  }

  public Incident withId(Long newId) {
    return new Incident(newId, identity, state, streak, paged, timeline, lastRun, routing);
  }

  public Incident withPaged(boolean nowPaged) {
    return new Incident(id, identity, state, streak, nowPaged, timeline, lastRun, routing);
  }

  private Timeline changedAt(Instant at, Instant resolved, Instant notified) {
    return new Timeline(
        timeline.openedAt(),
        at,
        resolved,
        timeline.acknowledgedAt(),
        timeline.acknowledgedBy(),
        notified);
  }

  // ---- the flat view, for readers

  public IncidentKey key() {
    return new IncidentKey(identity.contractId(), identity.check(), identity.dataset());
  }

  public String contractId() {
    return identity.contractId();
  }

  public String check() {
    return identity.check();
  }

  public String dataset() {
    return identity.dataset();
  }

  public String team() {
    return identity.team();
  }

  public String dedupKey() {
    return identity.dedupKey();
  }

  public int consecutiveFailures() {
    return streak.consecutiveFailures();
  }

  public int consecutivePasses() {
    return streak.consecutivePasses();
  }

  public boolean errored() {
    return streak.errored();
  }

  public Instant openedAt() {
    return timeline.openedAt();
  }

  public Instant updatedAt() {
    return timeline.updatedAt();
  }

  public Instant resolvedAt() {
    return timeline.resolvedAt();
  }

  public Instant acknowledgedAt() {
    return timeline.acknowledgedAt();
  }

  public String acknowledgedBy() {
    return timeline.acknowledgedBy();
  }

  public Instant lastNotifiedAt() {
    return timeline.lastNotifiedAt();
  }

  public String lastRunId() {
    return lastRun.runId();
  }

  public String summary() {
    return lastRun.summary();
  }

  public String link() {
    return lastRun.link();
  }

  public List<String> receivers() {
    return routing.receivers();
  }

  public EscalationPolicy policy() {
    return routing.policy();
  }
}
