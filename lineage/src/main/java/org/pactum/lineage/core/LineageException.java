package org.pactum.lineage.core;

/** A lineage request refused: bad input, or something that does not exist. */
public final class LineageException extends RuntimeException {
  /** Why; the API maps each to a status and error code. */
  public enum Reason {
    INVALID_FIELD,
    INVALID_EVENT,
    UNKNOWN_DATASET,
    UNKNOWN_COLUMN,
    UNKNOWN_CONTRACT
  }

  private final Reason reason;

  public LineageException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public static LineageException invalid(String message) {
    return new LineageException(Reason.INVALID_FIELD, message);
  }

  public Reason reason() {
    return reason;
  }
}
