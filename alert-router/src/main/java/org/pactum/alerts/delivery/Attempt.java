package org.pactum.alerts.delivery;

import java.time.Instant;

/**
 * One delivery attempt, as recorded: never the URL or routing key.
 *
 * @param statusCode null when no HTTP response came (network error, timeout)
 * @param outcome DELIVERED, RETRY, PERMANENT or GAVE_UP
 */
public record Attempt(
    Instant at, Integer statusCode, long latencyMs, String outcome, String excerpt, String error) {}
