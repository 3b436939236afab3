package org.pactum.alerts.core;

import java.util.List;

/**
 * What one signal (or a timer, or a person) did to an incident: its state after, the transitions to
 * record and the notifications to send (empty when the signal changes nothing worth saying).
 */
public record Step(
    Incident before, Incident after, List<Transition> transitions, List<NotificationEvent> events) {
  public Step {
    transitions = List.copyOf(transitions);
    events = List.copyOf(events);
  }
}
