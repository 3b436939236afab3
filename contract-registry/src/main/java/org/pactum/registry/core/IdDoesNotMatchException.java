package org.pactum.registry.core;

/** IMPORT with an id already used by another schema: Confluent error code 42207. */
public final class IdDoesNotMatchException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public IdDoesNotMatchException(String message) {
    super(42207, message);
  }
}
