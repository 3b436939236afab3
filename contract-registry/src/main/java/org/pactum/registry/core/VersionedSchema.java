package org.pactum.registry.core;

import java.util.Objects;
import org.pactum.registry.core.schema.ParsedSchema;

/** An existing, non-deleted version of a subject. */
public record VersionedSchema(int version, ParsedSchema schema) {
  public VersionedSchema {
    Objects.requireNonNull(schema, "schema");
    if (version <= 0) {
      throw new IllegalArgumentException("versions start at 1, got " + version);
    }
  }
}
