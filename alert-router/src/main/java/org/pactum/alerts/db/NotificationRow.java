package org.pactum.alerts.db;

import java.time.Instant;
import org.pactum.alerts.core.Notification;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.NotificationStatus;
import org.pactum.alerts.core.ReceiverKind;

/** A row of {@code alerts.notification} (the outbox); {@code payload} is JSON text. */
public record NotificationRow(
    long id,
    String receiver,
    String kind,
    String event,
    String orderingKey,
    String dedupKey,
    String payload,
    String status,
    String reason,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant finishedAt) {
  Notification toNotification() {
    return new Notification(
        id,
        receiver,
        kind == null ? null : ReceiverKind.parse("kind", kind),
        NotificationEvent.valueOf(event),
        NotificationStatus.valueOf(status),
        reason,
        attempts,
        nextAttemptAt,
        createdAt,
        finishedAt);
  }
}
