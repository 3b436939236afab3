package org.pactum.registry.core;

/**
 * The store failed (database unreachable, unexpected constraint): Confluent error code 50001. The
 * cause is kept for the log; the message says nothing about SQL.
 */
public final class RegistryStoreException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public RegistryStoreException(String message, Throwable cause) {
    super(50001, message, cause);
  }
}
