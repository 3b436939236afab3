package org.pactum.lineage.erasure.core;

import java.time.Duration;
import org.pactum.warehouse.FailureKind;

/**
 * How a dataset's failed attempt is retried: up to {@code maxAttempts} in all, waiting {@code
 * backoff}, then twice as long each time. Transient failures are retried ({@link
 * FailureKind#isTransient}: no SQLState, connection (class 08, 57P0x), timeout (57014), operator
 * intervention (class 57), rollback (class 40), resources (class 53), lock not available (55P03);
 * and a verification that still found rows); others (a missing table, a type mismatch) fail at
 * once.
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

  /** Whether an attempt that failed this way is tried again (while attempts remain). */
  public boolean retries(FailureKind kind) {
    return kind.isTransient();
  }
}
