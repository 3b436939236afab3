package org.pactum.alerts.db;

import java.time.Instant;

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
    Instant finishedAt) {}
