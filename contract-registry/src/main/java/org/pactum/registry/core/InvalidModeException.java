package org.pactum.registry.core;

/** An unknown mode: Confluent error code 42204. */
public final class InvalidModeException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public InvalidModeException(String message) {
    super(42204, message);
  }
}
