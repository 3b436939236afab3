package org.pactum.alerts.db;

import java.time.Instant;

/** An incident's latest notification (no payload: it may name a channel). */
public record LastNotificationRow(
    long incidentId,
    String receiver,
    String event,
    String status,
    Instant createdAt,
    Instant finishedAt) {}
