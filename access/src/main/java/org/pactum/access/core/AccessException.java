package org.pactum.access.core;

/** A refusal of the token API, mapped to a 4xx by the API's mapper. */
public final class AccessException extends RuntimeException {
  public enum Reason {
    /** No token of that name (not revoked). */
    UNKNOWN_TOKEN,
    /** A token of that name exists and is not revoked. */
    NAME_TAKEN,
    /** Only an administrator manages API tokens. */
    NOT_ADMIN,
    INVALID_FIELD
  }

  private final Reason reason;

  public AccessException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public static AccessException invalid(String message) {
    return new AccessException(Reason.INVALID_FIELD, message);
  }
}
