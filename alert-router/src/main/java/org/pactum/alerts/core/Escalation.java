package org.pactum.alerts.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The incident state machine, pure: OK → WARNING (first failure) → CRITICAL ({@code criticalAfter}
 * consecutive FAIL/ERROR verdicts) → RESOLVED ({@code resolveAfter} consecutive passes). A WARN
 * verdict keeps an incident open but never pages. Passes that do not reach {@code resolveAfter}
 * keep it open (flapping protection); a failure in between starts the pass count again.
 */
public final class Escalation {
  private static final int SUMMARY_MAX = 1024;

  private Escalation() {}

  /**
   * The step for one signal; empty when nothing changes (a pass with no open incident).
   *
   * @param open the open incident for the signal's (contract, check), if any
   * @param receivers the route's receivers, for a new incident
   * @param policy the route's policy, for a new incident
   */
  public static Optional<Step> onSignal(
      Incident open, Signal s, List<String> receivers, EscalationPolicy policy, Instant now) {
    if (open == null || !open.state().open()) {
      if (!s.status().failing()) {
        return Optional.empty();
      }
      Incident opened = openIncident(s, receivers, policy, now);
      List<Transition> ts = new ArrayList<>();
      List<NotificationEvent> events = new ArrayList<>();
      ts.add(new Transition(IncidentState.OK, IncidentState.WARNING, reason(s, 1), s.runId(), now));
      events.add(NotificationEvent.OPEN);
      if (pages(s, 1, policy)) {
        opened = escalate(opened);
        ts.add(
            new Transition(
                IncidentState.WARNING, IncidentState.CRITICAL, reason(s, 1), s.runId(), now));
        events.add(NotificationEvent.ESCALATE);
      }
      return Optional.of(new Step(null, opened, ts, events));
    }
    EscalationPolicy p = open.policy();
    if (s.status().failing()) {
      int failures = open.consecutiveFailures() + 1;
      Incident after =
          open.failedAgain(
              failures,
              s.status() == SignalStatus.ERROR,
              new Incident.LastRun(s.runId(), summary(s, failures), s.link()),
              now);
      if (open.state() == IncidentState.WARNING && pages(s, failures, p)) {
        after = escalate(after);
        return Optional.of(
            new Step(
                open,
                after,
                List.of(
                    new Transition(
                        IncidentState.WARNING,
                        IncidentState.CRITICAL,
                        reason(s, failures),
                        s.runId(),
                        now)),
                List.of(NotificationEvent.ESCALATE)));
      }
      if (reminderDue(open, now)) {
        return Optional.of(remind(open, after, now, s.runId()));
      }
      return Optional.of(new Step(open, after, List.of(), List.of()));
    }
    int passes = open.consecutivePasses() + 1;
    if (passes >= p.resolveAfter()) {
      Incident after = open.recovered(passes, s.runId(), s.link(), now);
      String why = passes + " consecutive pass" + (passes == 1 ? "" : "es");
      return Optional.of(
          new Step(
              open,
              after,
              List.of(new Transition(open.state(), IncidentState.RESOLVED, why, s.runId(), now)),
              List.of(NotificationEvent.RESOLVE)));
    }
    Incident after = open.passedOnce(passes, s.runId(), now);
    return Optional.of(new Step(open, after, List.of(), List.of()));
  }

  /**
   * The page a silence held back: a critical, unacknowledged incident that was never paged
   * escalates again (to the same state), so that PagerDuty hears it now.
   */
  public static Optional<Step> heldBackPage(Incident open, Instant now) {
    if (open == null
        || open.state() != IncidentState.CRITICAL
        || open.paged()
        || open.acknowledgedAt() != null) {
      return Optional.empty();
    }
    // paged stays false here: the planner marks it once the page is actually planned to go out
    Incident after = open.pageHeldBack(now);
    return Optional.of(
        new Step(
            open,
            after,
            List.of(
                new Transition(
                    IncidentState.CRITICAL,
                    IncidentState.CRITICAL,
                    "page held back by a silence: paging now",
                    open.lastRunId(),
                    now)),
            List.of(NotificationEvent.ESCALATE)));
  }

  /** A reminder for an open, unacknowledged incident whose repeat interval has passed. */
  public static Optional<Step> onTimer(Incident open, Instant now) {
    if (open == null || !reminderDue(open, now)) {
      return Optional.empty();
    }
    return Optional.of(remind(open, open, now, open.lastRunId()));
  }

  /** Acknowledged by hand: stops reminders, tells PagerDuty if it was paged. */
  public static Step acknowledge(Incident open, String by, Instant now) {
    requireOpen(open);
    Incident after = open.acknowledged(by, now);
    return new Step(
        open,
        after,
        List.of(new Transition(open.state(), open.state(), "acknowledged by " + by, null, now)),
        List.of(NotificationEvent.ACKNOWLEDGE));
  }

  /** Resolved by hand. */
  public static Step resolve(Incident open, String by, Instant now) {
    requireOpen(open);
    Incident after = open.resolvedByHand(now);
    return new Step(
        open,
        after,
        List.of(
            new Transition(open.state(), IncidentState.RESOLVED, "resolved by " + by, null, now)),
        List.of(NotificationEvent.RESOLVE));
  }

  /**
   * The PagerDuty dedup key of one episode: stable for its trigger, acknowledge and resolve; the
   * dataset, when there is one, keeps a table's and a stream's episodes of one check apart.
   */
  public static String dedupKey(String contractId, String check, String dataset, Instant openedAt) {
    String key =
        "pactum/"
            + contractId
            + "/"
            + check
            + (dataset == null || dataset.isEmpty() ? "" : "@" + dataset)
            + "/"
            + openedAt.toEpochMilli();
    return key.length() <= 255
        ? key
        : key.substring(0, 230)
            + "/"
            + Integer.toHexString(key.hashCode())
            + "/"
            + openedAt.toEpochMilli();
  }

  static boolean reminderDue(Incident open, Instant now) {
    Duration every = open.policy().repeatInterval();
    return open.state().open()
        && open.acknowledgedAt() == null
        && !every.isZero()
        && open.lastNotifiedAt() != null
        && !now.isBefore(open.lastNotifiedAt().plus(every));
  }

  private static boolean pages(Signal s, int failures, EscalationPolicy p) {
    return s.status() != SignalStatus.WARN && failures >= p.criticalAfter();
  }

  private static Step remind(Incident open, Incident after, Instant now, String runId) {
    Incident reminded = after.notified(now);
    return new Step(
        open,
        reminded,
        List.of(new Transition(open.state(), open.state(), "reminder: still open", runId, now)),
        List.of(NotificationEvent.REMIND));
  }

  private static Incident openIncident(
      Signal s, List<String> receivers, EscalationPolicy policy, Instant now) {
    return new Incident(
        null,
        new Incident.Identity(
            s.contractId(),
            s.check(),
            s.dataset(),
            s.team(),
            dedupKey(s.contractId(), s.check(), s.dataset(), now)),
        IncidentState.WARNING,
        new Incident.Streak(1, 0, s.status() == SignalStatus.ERROR),
        false,
        new Incident.Timeline(now, now, null, null, null, now),
        new Incident.LastRun(s.runId(), summary(s, 1), s.link()),
        new Incident.Routing(receivers, policy));
  }

  private static Incident escalate(Incident i) {
    return i.escalated();
  }

  private static void requireOpen(Incident open) {
    if (open == null || !open.state().open()) {
      throw new IllegalStateException("the incident is not open");
    }
  }

  private static String reason(Signal s, int failures) {
    String what = s.status() == SignalStatus.ERROR ? "could not be evaluated" : s.status().name();
    return what + " (" + failures + " consecutive)";
  }

  /** A one-line summary, at most 1024 characters (PagerDuty's limit). */
  static String summary(Signal s, int failures) {
    String verdict =
        switch (s.status()) {
          case ERROR -> "could not be evaluated";
          case WARN -> "warned";
          default -> "failed";
        };
    String text =
        s.contractId()
            + ": check "
            + s.check()
            + " "
            + verdict
            + (failures > 1 ? " " + failures + " runs in a row" : "")
            + (s.message().isBlank() ? "" : " — " + s.message());
    return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
  }
}
