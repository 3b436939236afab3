package org.pactum.alerts.db;

import java.time.Instant;

/** A row of {@code alerts.delivery_attempt}. */
public record AttemptRow(
    long id,
    long notificationId,
    Instant attemptedAt,
    Integer statusCode,
    long latencyMs,
    String outcome,
    String responseExcerpt,
    String error) {}
