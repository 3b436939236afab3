package org.pactum.checks.core;

/**
 * Why a run request or a query about runs was refused. The API maps each {@link Reason} to an HTTP
 * status and an {@code error_code}; the message is for people and names the offending field.
 */
public final class ChecksException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The families of refusal. */
  public enum Reason {
    /** The contract is not in the catalog. */
    UNKNOWN_CONTRACT,
    /** No run with this id was ever recorded. */
    UNKNOWN_RUN,
    /** The contract has no check of this name. */
    UNKNOWN_CHECK,
    /** The contract is a draft or retired: its loads are not checked. */
    NOT_CHECKED,
    /** The contract has no {@code dataset:}: there is nothing to check. */
    NO_DATASET,
    /** A field or parameter of the request is invalid; the message names it. */
    INVALID_FIELD,
    /** A run with this id is queued or running; it cannot be replaced until it finishes. */
    RUN_ACTIVE,
    /** The run queue is full. */
    QUEUE_FULL,
    /** The coordinator is shutting down and accepts no more runs. */
    SHUTTING_DOWN
  }

  private final Reason reason;

  public ChecksException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
