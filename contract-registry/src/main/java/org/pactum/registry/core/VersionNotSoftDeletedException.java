package org.pactum.registry.core;

/** Permanently deleting a version that was not soft-deleted first: Confluent error code 40407. */
public final class VersionNotSoftDeletedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public VersionNotSoftDeletedException(String message) {
    super(40407, message);
  }
}
