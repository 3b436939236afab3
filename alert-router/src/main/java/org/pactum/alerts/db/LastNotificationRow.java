package org.pactum.alerts.db;

import java.time.Instant;
import org.pactum.alerts.core.LastNotification;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.NotificationStatus;

/** An incident's latest notification (no payload: it may name a channel). */
public record LastNotificationRow(
    long incidentId,
    String receiver,
    String event,
    String status,
    Instant createdAt,
    Instant finishedAt) {
  LastNotification toLastNotification() {
    return new LastNotification(
        incidentId,
        receiver,
        NotificationEvent.valueOf(event),
        NotificationStatus.valueOf(status),
        createdAt,
        finishedAt);
  }
}
