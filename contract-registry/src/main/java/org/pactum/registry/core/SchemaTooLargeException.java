package org.pactum.registry.core;

/** A schema beyond the configured size limit: Confluent error code 42209. */
public final class SchemaTooLargeException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public SchemaTooLargeException(String message) {
    super(42209, message);
  }
}
