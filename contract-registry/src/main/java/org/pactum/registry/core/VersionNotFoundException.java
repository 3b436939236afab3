package org.pactum.registry.core;

/** The subject has no such version: Confluent error code 40402. */
public final class VersionNotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public VersionNotFoundException(String message) {
    super(40402, message);
  }
}
