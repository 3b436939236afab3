package org.pactum.alerts.core;

import java.time.Instant;

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
