package org.pactum.streams.core.schema;

/**
 * The registry could not be asked for a schema (no connection, a timeout, an error on its side):
 * what a {@link SchemaSource} throws instead of answering {@link SchemaLookup.Unknown}, so the
 * caller backs off and retries rather than dead-lettering a record that may be valid.
 */
public final class RegistryUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
