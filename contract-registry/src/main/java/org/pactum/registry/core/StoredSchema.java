package org.pactum.registry.core;

import java.util.List;
import java.util.Objects;
import org.pactum.contracts.model.SchemaFormat;

/** A schema under its global id: immutable for as long as the id exists. */
public record StoredSchema(
    int id, SchemaFormat format, String text, List<RegisteredReference> references) {
  public StoredSchema {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    references = List.copyOf(references);
  }
}
