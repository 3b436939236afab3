package org.pactum.registry.core;

/** The subject has no compatibility level of its own: Confluent error code 40408. */
public final class SubjectConfigNotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public SubjectConfigNotFoundException(String message) {
    super(40408, message);
  }
}
