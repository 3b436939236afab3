package org.pactum.lineage.erasure.core;

/** A refused erasure operation, with a reason the API maps to a status and an error code. */
public final class ErasureException extends RuntimeException {
  /** Why the operation was refused. */
  public enum Reason {
    INVALID_FIELD,
    UNKNOWN_REQUEST,
    SUBJECT_MISMATCH,
    NOT_RESUMABLE,
    SHUTTING_DOWN
  }

  private final Reason reason;

  public ErasureException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
