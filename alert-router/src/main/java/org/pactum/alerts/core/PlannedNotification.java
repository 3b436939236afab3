package org.pactum.alerts.core;

import java.util.List;
import java.util.Map;

/**
 * One outbox row to write: a message for one receiver about one or more incidents (the steps of the
 * plan it refers to, by index).
 *
 * @param orderingKey notifications with the same key are delivered in creation order: the dedup key
 *     for PagerDuty, the receiver for chat
 * @param payload the body without secrets (PagerDuty's routing key is added when sending)
 * @param suppression why it is not sent; null when pending
 */
public record PlannedNotification(
    String receiver,
    ReceiverKind kind,
    NotificationEvent event,
    String orderingKey,
    String dedupKey,
    List<Integer> steps,
    Map<String, Object> payload,
    Suppression suppression) {
  public PlannedNotification {
    steps = List.copyOf(steps);
  }

  public NotificationStatus status() {
    return suppression == null ? NotificationStatus.PENDING : suppression.status();
  }

  /** The suppression's sentence; null when pending. */
  public String reason() {
    return suppression == null ? null : suppression.reason();
  }
}
