package org.pactum.registry.core;

/** Soft-deleting a subject that is already soft-deleted: Confluent error code 40404. */
public final class SubjectSoftDeletedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public SubjectSoftDeletedException(String message) {
    super(40404, message);
  }
}
