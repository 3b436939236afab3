package org.pactum.alerts.delivery;

import java.time.Duration;

/**
 * What one HTTP attempt came to.
 *
 * @param outcome DELIVERED, RETRY or PERMANENT
 * @param statusCode null when no response came
 * @param retryAfter the server's Retry-After, if it sent one
 */
public record SendResult(
    String outcome,
    Integer statusCode,
    long latencyMs,
    String excerpt,
    String error,
    Duration retryAfter) {
  public static final String DELIVERED = "DELIVERED";
  public static final String RETRY = "RETRY";
  public static final String PERMANENT = "PERMANENT";
}
