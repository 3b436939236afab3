package org.pactum.alerts.delivery;

import java.time.Duration;
import org.pactum.alerts.core.DeliveryOutcome;

/**
 * What one HTTP attempt came to.
 *
 * @param outcome DELIVERED, RETRY or PERMANENT, as the receiver's notifier classified it
 * @param statusCode null when no response came
 * @param retryAfter the server's Retry-After, if it sent one
 */
public record SendResult(
    DeliveryOutcome outcome,
    Integer statusCode,
    long latencyMs,
    String excerpt,
    String error,
    Duration retryAfter) {}
