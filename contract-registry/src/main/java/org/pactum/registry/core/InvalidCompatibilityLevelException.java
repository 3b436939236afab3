package org.pactum.registry.core;

/** An unknown compatibility level: Confluent error code 42203. */
public final class InvalidCompatibilityLevelException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public InvalidCompatibilityLevelException(String message) {
    super(42203, message);
  }
}
