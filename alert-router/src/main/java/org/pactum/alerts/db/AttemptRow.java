package org.pactum.alerts.db;

import java.time.Instant;
import org.pactum.alerts.core.Attempt;
import org.pactum.alerts.core.DeliveryOutcome;

/** A row of {@code alerts.delivery_attempt}. */
public record AttemptRow(
    long id,
    long notificationId,
    Instant attemptedAt,
    Integer statusCode,
    long latencyMs,
    String outcome,
    String responseExcerpt,
    String error) {
  Attempt toAttempt() {
    return new Attempt(
        attemptedAt,
        statusCode,
        latencyMs,
        outcome == null ? null : DeliveryOutcome.valueOf(outcome),
        responseExcerpt,
        error);
  }
}
