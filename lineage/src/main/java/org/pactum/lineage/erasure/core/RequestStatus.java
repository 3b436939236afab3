package org.pactum.lineage.erasure.core;

/**
 * An erasure request's life: {@code RECEIVED} (planned, execution queued) → {@code EXECUTING} →
 * {@code COMPLETED} (every planned dataset verified, no gaps) | {@code PARTIAL} (some datasets
 * verified, others failed or gaps remain) | {@code FAILED} (none verified). A restart while
 * received or executing leaves it {@code INTERRUPTED}: the clear subject id was only in memory, so
 * resuming needs it again.
 */
public enum RequestStatus {
  RECEIVED,
  EXECUTING,
  COMPLETED,
  PARTIAL,
  FAILED,
  INTERRUPTED;

  /** Whether a resume (with the subject id) may run the unverified datasets again. */
  public boolean resumable() {
    return this == INTERRUPTED || this == PARTIAL || this == FAILED;
  }

  public boolean open() {
    return this != COMPLETED;
  }
}
