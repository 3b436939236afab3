package org.pactum.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per receiver, the earliest time the next message may go (its minimum interval, or a 429's wait).
 */
final class RateLimits {
  private final ConcurrentHashMap<String, Instant> next = new ConcurrentHashMap<>();

  /** Reserves a slot now if one is free; otherwise returns when one will be. */
  synchronized Instant tryReserve(String receiver, Duration minInterval, Instant now) {
    Instant free = next.getOrDefault(receiver, Instant.MIN);
    if (free.isAfter(now)) {
      return free;
    }
    next.put(receiver, now.plus(minInterval));
    return null;
  }

  /** The receiver asked us to wait (429 Retry-After). */
  synchronized void holdUntil(String receiver, Instant until) {
    next.merge(receiver, until, (a, b) -> a.isAfter(b) ? a : b);
  }
}
