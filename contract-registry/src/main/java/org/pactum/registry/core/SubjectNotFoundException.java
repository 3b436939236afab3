package org.pactum.registry.core;

/**
 * No subject of that name (or only soft-deleted versions, unless asked for): Confluent error code
 * 40401.
 */
public final class SubjectNotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public SubjectNotFoundException(String message) {
    super(40401, message);
  }
}
