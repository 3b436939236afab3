package org.pactum.alerts.delivery;

import java.time.Instant;
import org.pactum.alerts.core.DeliveryOutcome;

/**
 * One delivery attempt, as recorded: never the URL or routing key.
 *
 * @param statusCode null when no HTTP response came (network error, timeout)
 */
public record Attempt(
    Instant at,
    Integer statusCode,
    long latencyMs,
    DeliveryOutcome outcome,
    String excerpt,
    String error) {}
