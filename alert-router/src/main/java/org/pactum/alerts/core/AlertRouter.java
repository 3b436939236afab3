package org.pactum.alerts.core;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The alert router's entry point: signals in, incidents and outbox rows out (in one transaction per
 * batch), then a nudge to the delivery worker. Also the hand-made changes (acknowledge, resolve),
 * the reminder sweep, and route tests. Calls are serialised: one JVM owns the store's incidents.
 */
public final class AlertRouter {
  private final AlertStore store;
  private final Router router;
  private final AlertPlanner planner;
  private final Clock clock;
  private final Runnable outboxChanged;

  public AlertRouter(
      AlertStore store,
      Router router,
      ReceiverDirectory receivers,
      MessageFormats formats,
      Clock clock,
      Runnable outboxChanged) {
    this.store = Objects.requireNonNull(store, "store");
    this.router = Objects.requireNonNull(router, "router");
    this.planner = new AlertPlanner(router, receivers, formats);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outboxChanged = Objects.requireNonNull(outboxChanged, "outboxChanged");
  }

  /**
   * Submits signals; one run's signals should come in one call, so that its failures on a dataset
   * are grouped and inhibition sees them together.
   *
   * @return how many incidents changed
   */
  public synchronized int accept(List<Signal> signals) {
    if (signals.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    Set<String> contracts = new LinkedHashSet<>();
    signals.forEach(s -> contracts.add(s.contractId()));
    Map<IncidentKey, Incident> open = store.openIncidents(contracts);
    Plan plan = planner.plan(signals, open, store.activeSilences(now), now);
    return commit(plan, now);
  }

  /** Sends the reminders that are due; the delivery worker calls it periodically. */
  public synchronized int remindDue() {
    Instant now = clock.instant();
    Plan plan = planner.remind(store.openIncidents(), store.activeSilences(now), now);
    return commit(plan, now);
  }

  public synchronized Incident acknowledge(long id, String by) {
    Incident open = requireOpen(id);
    if (open.acknowledgedAt() != null) {
      return open;
    }
    Instant now = clock.instant();
    Plan plan = planner.manual(Escalation.acknowledge(open, who(by), now));
    commit(plan, now);
    return plan.steps().get(0).after();
  }

  public synchronized Incident resolve(long id, String by) {
    Incident open = requireOpen(id);
    Instant now = clock.instant();
    Plan plan = planner.manual(Escalation.resolve(open, who(by), now));
    commit(plan, now);
    return plan.steps().get(0).after();
  }

  /** Which routes and receivers a signal would reach (nothing is stored). */
  public List<RouteMatch> routeTest(Signal signal) {
    return router.matches(signal);
  }

  public RouteMatch route(Signal signal) {
    return router.route(signal);
  }

  private int commit(Plan plan, Instant now) {
    if (plan.isEmpty()) {
      return 0;
    }
    store.apply(plan, now);
    if (!plan.notifications().isEmpty()) {
      outboxChanged.run();
    }
    return plan.steps().size();
  }

  private Incident requireOpen(long id) {
    Incident i =
        store
            .incident(id)
            .orElseThrow(
                () ->
                    new AlertsException(
                        AlertsException.Reason.UNKNOWN_INCIDENT, "no incident " + id));
    if (!i.state().open()) {
      throw new AlertsException(
          AlertsException.Reason.INCIDENT_NOT_OPEN, "incident " + id + " is already resolved");
    }
    return i;
  }

  private static String who(String by) {
    return by == null || by.isBlank() ? "api" : by.trim();
  }
}
