package org.pactum.registry.core;

/** Permanently deleting a subject that was not soft-deleted first: Confluent error code 40405. */
public final class SubjectNotSoftDeletedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public SubjectNotSoftDeletedException(String message) {
    super(40405, message);
  }
}
