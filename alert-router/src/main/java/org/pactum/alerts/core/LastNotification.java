package org.pactum.alerts.core;

import java.time.Instant;

/** An incident's latest notification, for list pages. */
public record LastNotification(
    long incidentId,
    String receiver,
    NotificationEvent event,
    NotificationStatus status,
    Instant createdAt,
    Instant finishedAt) {}
