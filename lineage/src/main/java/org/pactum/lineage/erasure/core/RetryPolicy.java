package org.pactum.lineage.erasure.core;

import java.sql.SQLException;
import java.time.Duration;

/**
 * How a dataset's failed attempt is retried: up to {@code maxAttempts} in all, waiting {@code
 * backoff}, then twice as long each time. Transient failures are retried (SQLState classes 08
 * connection, 40 rollback, 53 resources, 57 operator intervention, 55P03 lock not available, and a
 * verification that still found rows); others (a missing table, a type mismatch) fail at once.
 */
public record RetryPolicy(int maxAttempts, Duration backoff) {
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  public Duration delayBefore(int attempt) {
    long factor = 1L << Math.min(20, Math.max(0, attempt - 2));
    return backoff.multipliedBy(factor);
  }

  public static boolean transientFailure(SQLException e) {
    String state = e.getSQLState();
    if (state == null || state.length() < 2) {
      return true; // no server answer: a connection problem
    }
    return state.startsWith("08")
        || state.startsWith("40")
        || state.startsWith("53")
        || state.startsWith("57")
        || state.equals("55P03");
  }
}
