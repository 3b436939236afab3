package org.pactum.registry.core;

/** Soft-deleting a version that is already soft-deleted: Confluent error code 40406. */
public final class VersionSoftDeletedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public VersionSoftDeletedException(String message) {
    super(40406, message);
  }
}
