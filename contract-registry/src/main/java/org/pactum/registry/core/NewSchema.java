package org.pactum.registry.core;

import java.util.List;
import java.util.Objects;
import org.pactum.contracts.model.SchemaFormat;

/**
 * A parsed schema about to be stored: its text, its identity hash and its resolved references.
 *
 * @param sha256 the hash of the canonical form and the references: equal hashes share one id
 */
public record NewSchema(
    SchemaFormat format, String text, String sha256, List<RegisteredReference> references) {
  public NewSchema {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
    references = List.copyOf(references);
  }
}
