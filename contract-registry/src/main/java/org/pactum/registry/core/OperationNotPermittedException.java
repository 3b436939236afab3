package org.pactum.registry.core;

/** A write the subject's mode forbids: Confluent error code 42205. */
public final class OperationNotPermittedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public OperationNotPermittedException(String message) {
    super(42205, message);
  }
}
