package org.pactum.registry.core;

/** A subject name that is empty or contains control characters: Confluent error code 42208. */
public final class InvalidSubjectException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public InvalidSubjectException(String message) {
    super(42208, message);
  }
}
