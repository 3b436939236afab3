package org.pactum.registry.core;

/** No schema with that id, or not under that subject: Confluent error code 40403. */
public final class SchemaNotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public SchemaNotFoundException(String message) {
    super(40403, message);
  }
}
