package org.pactum.lineage.erasure.warehouse;

/**
 * What kind of failure a warehouse statement met, by its SQLState: the erasure's one classification
 * of database failures. Every kind but {@link #REJECTED} is transient (the core's {@code
 * RetryPolicy} retries it).
 *
 * <p>Unlike the check engine's classification ({@code checks.core.dialect.PostgresDialect#classify}
 * into its own {@code FailureKind}: connection, missing table or column, timeout, read-only,
 * permission, invalid SQL, data), this one groups SQLStates by whether a retry can help: class 57
 * (including a statement timeout, 57014) and lock-not-available are retried here, while the check
 * engine reports a timeout as such and does not retry. The lead will make the two share one
 * classification later.
 */
public enum FailureKind {
  /** No SQLState: no server answer (treated as a connection problem). */
  NO_ANSWER,
  /** Class 08: cannot connect, or the connection broke (also an unknown datasource). */
  CONNECTION,
  /** Class 40: serialization failure, deadlock, rolled back. */
  ROLLBACK,
  /** Class 53: insufficient resources. */
  RESOURCES,
  /** Class 57: operator intervention (statement timeout, cancel, shutdown). */
  INTERVENTION,
  /** 55P03: lock not available. */
  LOCK,
  /** Anything else (a missing table or column, a type mismatch, a permission, a constraint). */
  REJECTED;

  /** The kind of a SQLState (null: no server answer). */
  public static FailureKind of(String sqlState) {
    if (sqlState == null || sqlState.length() < 2) {
      return NO_ANSWER;
    }
    if (sqlState.equals("55P03")) {
      return LOCK;
    }
    return switch (sqlState.substring(0, 2)) {
      case "08" -> CONNECTION;
      case "40" -> ROLLBACK;
      case "53" -> RESOURCES;
      case "57" -> INTERVENTION;
      default -> REJECTED;
    };
  }

  /** Whether an attempt that failed this way may succeed when tried again. */
  public boolean isTransient() {
    return this != REJECTED;
  }
}
