package org.pactum.registry.core;

/** Deleting a version other schemas still reference: Confluent error code 42206. */
public final class ReferenceExistsException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public ReferenceExistsException(String message) {
    super(42206, message);
  }
}
