package org.pactum.alerts.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns signals (or timers, or a person's acknowledge/resolve) into a {@link Plan}: the incident
 * steps and the outbox rows, pure and deterministic. The stages, in the order data flows: {@link
 * Router} (route) → {@link Escalation} (escalate) → {@link Muter}s (mute: {@link Inhibition}, then
 * {@link ActiveSilences}) → one outbox row per receiver, worded by its kind's notifier ({@link
 * MessageFormats}). Chat messages of one run on one dataset are grouped into one message per
 * receiver; muted ones are kept with their {@link Suppression}; receivers without an endpoint get
 * an {@code UNDELIVERABLE} row, never nothing.
 */
public final class AlertPlanner {
  private final Router router;
  private final ReceiverDirectory receivers;
  private final MessageFormats formats;

  public AlertPlanner(Router router, ReceiverDirectory receivers, MessageFormats formats) {
    this.router = router;
    this.receivers = receivers;
    this.formats = formats;
  }

  public Plan plan(
      List<Signal> batch, Map<IncidentKey, Incident> open, List<Silence> silences, Instant now) {
    Muter mute = Muter.firstOf(List.of(Inhibition.of(batch), new ActiveSilences(silences, now)));
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
        causes.add(new Cause(s, mute.mute(s).orElse(null)));
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
    Muter silenced = new ActiveSilences(silences, now);
    for (Incident i : open) {
      Suppression why = silenced.mute(asSignal(i, now)).orElse(null);
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
            Suppression why = suppression(name, kind, event, step, cause);
            String key =
                String.join(
                    "\u0000",
                    name,
                    event.name(),
                    why == null ? "null" : why.reason(),
                    step.after().lastRunId() == null ? "" : step.after().lastRunId(),
                    step.after().dataset());
            chat.computeIfAbsent(key, k -> new Group(name, kind, event, why)).add(i, step, cause);
            continue;
          }
          Suppression why = suppression(name, kind, event, step, cause);
          pagedNow |= event == NotificationEvent.ESCALATE && why == null;
          Incident incident = step.after();
          out.add(
              new PlannedNotification(
                  name,
                  kind,
                  event,
                  "dedup:" + incident.dedupKey(),
                  incident.dedupKey(),
                  List.of(i),
                  formats.payload(kind, event, List.of(incident), Arrays.asList(cause.signal())),
                  why));
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
      // a receiver of unknown kind is undeliverable; its row keeps a Slack-style body
      Map<String, Object> payload =
          formats.payload(
              g.kind == null ? ReceiverKind.SLACK : g.kind, g.event, incidents, g.signals);
      out.add(
          new PlannedNotification(
              g.name, g.kind, g.event, "receiver:" + g.name, null, g.steps, payload, g.why));
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

  /** Undeliverable (decided here, once), else the mute stage's verdict; null: send it. */
  private Suppression suppression(
      String name, ReceiverKind kind, NotificationEvent event, Step step, Cause cause) {
    if (kind == null || !receivers.hasEndpoint(name)) {
      return new Suppression.Undeliverable(name);
    }
    boolean closingPage =
        kind == ReceiverKind.PAGERDUTY
            && (event == NotificationEvent.RESOLVE || event == NotificationEvent.ACKNOWLEDGE);
    return closingPage ? null : cause.why(); // a page that went out is always closed
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

  /** The signal behind a step (null for a timer or a person) and what muted it, if anything. */
  private record Cause(Signal signal, Suppression why) {}

  private static final class Group {
    final String name;
    final ReceiverKind kind;
    final NotificationEvent event;
    final Suppression why;
    final List<Integer> steps = new ArrayList<>();
    final List<Signal> signals = new ArrayList<>();

    Group(String name, ReceiverKind kind, NotificationEvent event, Suppression why) {
      this.name = name;
      this.kind = kind;
      this.event = event;
      this.why = why;
    }

    void add(int index, Step step, Cause cause) {
      steps.add(index);
      signals.add(cause.signal());
    }
  }
}
