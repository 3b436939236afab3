package org.pactum.registry.core;

import java.util.List;

/**
 * A schema as a client submits it for registration, lookup or a compatibility check.
 *
 * @param schemaType {@code AVRO} (also when null), {@code PROTOBUF}; anything else is refused
 * @param references each with a concrete version or {@code -1} for the latest
 * @param id an explicit global id (IMPORT mode only), or null
 * @param version an explicit version, or null
 */
public record SchemaSubmission(
    String schema,
    String schemaType,
    List<RegisteredReference> references,
    Integer id,
    Integer version) {
  public SchemaSubmission {
    references = references == null ? List.of() : List.copyOf(references);
  }

  public static SchemaSubmission of(String schema, String schemaType) {
    return new SchemaSubmission(schema, schemaType, List.of(), null, null);
  }
}
