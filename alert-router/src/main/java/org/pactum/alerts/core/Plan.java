package org.pactum.alerts.core;

import java.util.List;

/** The incident steps and outbox rows one batch of signals (or a timer, or a person) produces. */
public record Plan(List<Step> steps, List<PlannedNotification> notifications) {
  public static final Plan EMPTY = new Plan(List.of(), List.of());

  public Plan {
    steps = List.copyOf(steps);
    notifications = List.copyOf(notifications);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
