package org.pactum.alerts.delivery;

import java.time.Duration;

/**
 * The delivery worker's tunables.
 *
 * @param threads concurrent sends (on different ordering keys)
 * @param pollInterval how often the outbox is polled when nothing wakes the worker
 * @param initialBackoff the first retry delay; it doubles per attempt, with jitter
 * @param maxBackoff the longest retry delay
 * @param maxAttempts attempts before a notification is given up (FAILED)
 * @param requestTimeout the longest one HTTP request may take
 * @param batchSize notifications claimed per poll
 * @param shutdownGrace how long sends in flight may finish at shutdown
 */
public record DeliverySettings(
    int threads,
    Duration pollInterval,
    Duration initialBackoff,
    Duration maxBackoff,
    int maxAttempts,
    Duration requestTimeout,
    int batchSize,
    Duration shutdownGrace) {
  public static final DeliverySettings DEFAULT =
      new DeliverySettings(
          4,
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofMinutes(10),
          12,
          Duration.ofSeconds(10),
          100,
          Duration.ofSeconds(10));
}
