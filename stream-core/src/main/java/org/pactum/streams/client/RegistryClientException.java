package org.pactum.streams.client;

import java.util.Objects;

/**
 * A call to Pactum's server that did not answer what was asked, with why in one closed {@link
 * Kind}: the thing asked for does not exist, the server could not be asked (retry later), or the
 * server refused the request (fix the request or the credentials; retrying will not help).
 */
public final class RegistryClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a call failed. */
  public enum Kind {
    /**
     * The subject, version, schema id or contract does not exist (Confluent codes 40401, 40402,
     * 40403; the contract API's 40401/40402).
     */
    NOT_FOUND,
    /** The server could not be asked: no connection, a timeout, a 5xx answer. Retry later. */
    UNAVAILABLE,
    /**
     * The server refused the request: 401/403 (credentials or role), 409 (incompatible schema), 422
     * (invalid schema or subject), any other 4xx. The message is the server's.
     */
    REFUSED
  }

  private final Kind kind;
  private final int httpStatus;
  private final int errorCode;

  /**
   * @param httpStatus the answer's status, or 0 when there was no answer
   * @param errorCode the body's {@code error_code}, or 0 when it had none
   */
  public RegistryClientException(
      Kind kind, int httpStatus, int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status of the answer, or 0 when there was none (no connection, a timeout). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The server's {@code error_code} (40403, 40901, …), or 0 when the body had none. */
  public int errorCode() {
    return errorCode;
  }

  /** Whether asking again later may succeed ({@link Kind#UNAVAILABLE}). */
  public boolean retriable() {
    return kind == Kind.UNAVAILABLE;
  }
}
