package org.pactum.registry.core;

/** A version that is neither a positive integer nor latest/-1: Confluent error code 42202. */
public final class InvalidVersionException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public InvalidVersionException(String message) {
    super(42202, message);
  }
}
