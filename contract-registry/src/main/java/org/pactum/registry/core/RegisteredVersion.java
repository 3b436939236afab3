package org.pactum.registry.core;

import java.util.Objects;

/** A subject version with its schema: what {@code GET /subjects/{s}/versions/{v}} returns. */
public record RegisteredVersion(String subject, int version, StoredSchema schema, boolean deleted) {
  public RegisteredVersion {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
  }
}
