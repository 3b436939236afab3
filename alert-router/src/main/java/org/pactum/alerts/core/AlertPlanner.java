package org.pactum.alerts.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns signals (or timers, or a person's acknowledge/resolve) into a {@link Plan}: the incident
 * steps and the outbox rows, pure and deterministic. Chat messages of one run on one dataset are
 * grouped into one message per receiver; inhibited and silenced ones are kept with their reason;
 * receivers without an endpoint get an {@code UNDELIVERABLE} row, never nothing.
 */
public final class AlertPlanner {
  private final Router router;
  private final ReceiverDirectory receivers;

  public AlertPlanner(Router router, ReceiverDirectory receivers) {
    this.router = router;
    this.receivers = receivers;
  }

  public Plan plan(
      List<Signal> batch, Map<IncidentKey, Incident> open, List<Silence> silences, Instant now) {
    Map<Signal, String> inhibited = Inhibition.inhibited(batch);
    Map<IncidentKey, Incident> current = new HashMap<>(open);
    List<Step> steps = new ArrayList<>();
    List<Cause> causes = new ArrayList<>();
    for (Signal s : batch) {
      Incident o = current.get(s.key());
      Optional<Step> step;
      if (o == null || !o.state().open()) {
        RouteMatch route = router.route(s);
        step = Escalation.onSignal(null, s, route.receivers(), route.policy(), now);
      } else {
        step = Escalation.onSignal(o, s, List.of(), o.policy(), now);
      }
      if (step.isPresent()) {
        current.put(s.key(), step.get().after());
        steps.add(step.get());
        causes.add(new Cause(s, suppression(s, inhibited, silences, now)));
      }
    }
    return build(steps, causes);
  }

  /**
   * Reminders for open incidents whose repeat interval has passed, and the pages a silence held
   * back: a critical incident that was never paged (its escalation fell in a silence) pages as soon
   * as no silence mutes it any more, if one of its receivers is a PagerDuty service that can be
   * reached.
   */
  public Plan remind(List<Incident> open, List<Silence> silences, Instant now) {
    List<Step> steps = new ArrayList<>();
    List<Cause> causes = new ArrayList<>();
    for (Incident i : open) {
      Suppression why = suppression(asSignal(i, now), Map.of(), silences, now);
      Optional<Step> step =
          why == null && canPage(i) ? Escalation.heldBackPage(i, now) : Optional.empty();
      if (step.isEmpty()) {
        step = Escalation.onTimer(i, now);
      }
      if (step.isPresent()) {
        steps.add(step.get());
        causes.add(new Cause(null, why));
      }
    }
    return build(steps, causes);
  }

  private boolean canPage(Incident i) {
    return i.receivers().stream()
        .anyMatch(r -> receivers.kind(r) == ReceiverKind.PAGERDUTY && receivers.hasEndpoint(r));
  }

  /** A person's acknowledge or resolve: never silenced (they asked for it). */
  public Plan manual(Step step) {
    return build(List.of(step), List.of(new Cause(null, null)));
  }

  private Plan build(List<Step> steps, List<Cause> causes) {
    Map<String, Group> chat = new LinkedHashMap<>();
    List<PlannedNotification> out = new ArrayList<>();
    List<Step> finalSteps = new ArrayList<>(steps);
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Cause cause = causes.get(i);
      boolean pagedNow = false;
      for (NotificationEvent event : step.events()) {
        for (String name : step.after().receivers()) {
          ReceiverKind kind = receivers.kind(name);
          if (kind == ReceiverKind.PAGERDUTY && !pagerDutyHears(event, step)) {
            continue;
          }
          if ((kind == null || kind.chat())
              && event == NotificationEvent.OPEN
              && step.events().contains(NotificationEvent.ESCALATE)) {
            continue; // opened and escalated at once: chat hears the escalation only
          }
          if (kind == null || kind.chat()) {
            String reason = reason(name, kind, event, step, cause);
            String key =
                String.join(
                    "\u0000",
                    name,
                    event.name(),
                    String.valueOf(reason),
                    step.after().lastRunId() == null ? "" : step.after().lastRunId(),
                    step.after().dataset());
            chat.computeIfAbsent(key, k -> new Group(name, kind, event, reason))
                .add(i, step, cause);
            continue;
          }
          String reason = reason(name, kind, event, step, cause);
          pagedNow |= event == NotificationEvent.ESCALATE && reason == null;
          Incident incident = step.after();
          out.add(
              new PlannedNotification(
                  name,
                  kind,
                  event,
                  "dedup:" + incident.dedupKey(),
                  incident.dedupKey(),
                  List.of(i),
                  Payloads.pagerDuty(event, incident, cause.signal()),
                  reason == null ? NotificationStatus.PENDING : statusOf(reason),
                  reason));
        }
      }
      if (step.events().contains(NotificationEvent.ESCALATE)) {
        boolean paged = (step.before() != null && step.before().paged()) || pagedNow;
        finalSteps.set(
            i,
            new Step(
                step.before(), step.after().withPaged(paged), step.transitions(), step.events()));
      }
    }
    for (Group g : chat.values()) {
      List<Incident> incidents = g.steps.stream().map(i -> finalSteps.get(i).after()).toList();
      Map<String, Object> payload =
          g.kind == ReceiverKind.WEBHOOK
              ? Payloads.webhook(g.event, incidents, g.signals)
              : Payloads.slack(g.event, incidents);
      out.add(
          new PlannedNotification(
              g.name,
              g.kind,
              g.event,
              "receiver:" + g.name,
              null,
              g.steps,
              payload,
              g.reason == null ? NotificationStatus.PENDING : statusOf(g.reason),
              g.reason));
    }
    return new Plan(finalSteps, out);
  }

  private static boolean pagerDutyHears(NotificationEvent event, Step step) {
    return switch (event) {
      case ESCALATE -> true;
      case ACKNOWLEDGE, RESOLVE -> step.before() != null && step.before().paged();
      case OPEN, REMIND -> false;
    };
  }

  private String reason(
      String name, ReceiverKind kind, NotificationEvent event, Step step, Cause cause) {
    if (kind == null || !receivers.hasEndpoint(name)) {
      return UNDELIVERABLE + name;
    }
    boolean closingPage =
        kind == ReceiverKind.PAGERDUTY
            && (event == NotificationEvent.RESOLVE || event == NotificationEvent.ACKNOWLEDGE);
    return closingPage ? null : cause.suppression(); // a page that went out is always closed
  }

  private static final String UNDELIVERABLE = "undeliverable: no endpoint configured for receiver ";

  private static NotificationStatus statusOf(String reason) {
    return reason.startsWith(UNDELIVERABLE)
        ? NotificationStatus.UNDELIVERABLE
        : NotificationStatus.SUPPRESSED;
  }

  private static Suppression suppression(
      Signal s, Map<Signal, String> inhibited, List<Silence> silences, Instant now) {
    String silence = null;
    for (Silence x : silences) {
      if (x.mutes(s, now)) {
        silence =
            "silenced by silence "
                + x.id()
                + (x.comment() == null || x.comment().isBlank() ? "" : " (" + x.comment() + ")");
        break;
      }
    }
    String inhibit = s.status().failing() ? inhibited.get(s) : null;
    return inhibit == null && silence == null ? null : new Suppression(inhibit, silence);
  }

  private static Signal asSignal(Incident i, Instant now) {
    return new Signal(
        "reminder",
        i.contractId(),
        i.dataset(),
        i.check(),
        null,
        SignalStatus.FAIL,
        null,
        new Owner(i.team(), null, null, null),
        List.of(),
        i.lastRunId(),
        i.summary(),
        Map.of(),
        i.link(),
        now);
  }

  private record Suppression(String inhibition, String silence) {}

  private record Cause(Signal signal, Suppression why) {
    String suppression() {
      return why == null ? null : why.inhibition() != null ? why.inhibition() : why.silence();
    }
  }

  private static final class Group {
    final String name;
    final ReceiverKind kind;
    final NotificationEvent event;
    final String reason;
    final List<Integer> steps = new ArrayList<>();
    final List<Signal> signals = new ArrayList<>();

    Group(String name, ReceiverKind kind, NotificationEvent event, String reason) {
      this.name = name;
      this.kind = kind;
      this.event = event;
      this.reason = reason;
    }

    void add(int index, Step step, Cause cause) {
      steps.add(index);
      signals.add(cause.signal());
    }
  }
}
