package org.pactum.registry.core;

/**
 * A request the schema registry refuses, carrying Confluent Schema Registry's error code. The HTTP
 * status is the code's first three digits (40401 → 404, 42201 → 422, 50001 → 500); the message is
 * meant for the client and never contains SQL, stack traces or internal names.
 */
public abstract class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int errorCode;

  protected RegistryException(int errorCode, String message) {
    this(errorCode, message, null);
  }

  protected RegistryException(int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
  }

  /** Confluent's {@code error_code}. */
  public int errorCode() {
    return errorCode;
  }

  /** The HTTP status Confluent answers with for {@link #errorCode()}. */
  public int httpStatus() {
    return errorCode >= 10000 ? errorCode / 100 : errorCode;
  }
}
