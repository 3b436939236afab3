package org.pactum.warehouse;

/**
 * Why a warehouse statement failed: the one classification the check engine and erasure share
 * ({@link FailureClassifier} makes it). Each kind says whether the same statement may succeed when
 * tried again ({@link #isTransient}); what a caller does with that is its own policy — erasure
 * retries transient kinds with backoff, the check engine reports every kind at once (a run ends on
 * {@link #CONNECTION} and {@link #MISSING_TABLE}).
 */
public enum FailureKind {
  /** No SQLState: the driver failed before the server answered. Transient. */
  NO_ANSWER(true),
  /**
   * The datasource could not be reached, the connection broke, or the server is shutting down
   * (class 08, 57P01–57P05; erasure: also a datasource name the server does not know). Transient.
   */
  CONNECTION(true),
  /** The statement ran longer than allowed, or was cancelled (57014). Transient. */
  TIMEOUT(true),
  /** An operator intervened (class 57 but a timeout or a shutdown). Transient. */
  INTERVENTION(true),
  /** The transaction was rolled back: serialization failure, deadlock (class 40). Transient. */
  ROLLBACK(true),
  /** The server ran out of resources: disk, memory, connections (class 53). Transient. */
  RESOURCES(true),
  /** A lock was not available (55P03). Transient. */
  LOCK(true),
  /** The table (or its schema, or a lake file) does not exist (42P01, 3F000). Permanent. */
  MISSING_TABLE(false),
  /** A column does not exist (42703). Permanent. */
  MISSING_COLUMN(false),
  /** The credentials may not read or change the table (42501). Permanent. */
  PERMISSION(false),
  /** A statement tried to write in a read-only transaction (25006). Permanent. */
  READ_ONLY(false),
  /** The SQL does not parse or bind, or a type does not fit (class 42 otherwise). Permanent. */
  INVALID_SQL(false),
  /** The data made the statement fail: a bad cast, an out-of-range value (class 22). Permanent. */
  DATA(false),
  /** Anything else the database refused (a constraint, class 23; an unsupported feature). */
  OTHER(false);

  private final boolean isTransient;

  FailureKind(boolean isTransient) {
    this.isTransient = isTransient;
  }

  /** Whether the same statement may succeed when tried again. */
  public boolean isTransient() {
    return isTransient;
  }
}
