package org.pactum.registry.core;

/** The schema breaks the subject's compatibility level (HTTP 409): Confluent error code 40901. */
public final class IncompatibleSchemaException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public IncompatibleSchemaException(String message) {
    super(40901, message);
  }
}
