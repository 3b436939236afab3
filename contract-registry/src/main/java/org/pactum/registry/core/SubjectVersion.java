package org.pactum.registry.core;

import java.util.Objects;

/** One version of a subject: the schema id it holds and whether it is soft-deleted. */
public record SubjectVersion(String subject, int version, int schemaId, boolean deleted) {
  public SubjectVersion {
    Objects.requireNonNull(subject, "subject");
  }
}
