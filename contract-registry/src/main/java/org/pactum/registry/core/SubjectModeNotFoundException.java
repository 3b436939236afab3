package org.pactum.registry.core;

/** The subject has no mode of its own: Confluent error code 40409. */
public final class SubjectModeNotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public SubjectModeNotFoundException(String message) {
    super(40409, message);
  }
}
