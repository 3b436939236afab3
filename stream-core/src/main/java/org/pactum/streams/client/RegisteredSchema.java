package org.pactum.streams.client;

import java.util.List;
import java.util.Objects;
import org.pactum.streams.core.wire.SchemaId;

/**
 * A schema as the registry holds it.
 *
 * @param id its global id (the wire format's schema id)
 * @param schemaType {@code AVRO} or {@code PROTOBUF} (Confluent omits it for Avro; it is filled in)
 * @param schema the schema text
 * @param references the schemas it references, dependencies first
 */
public record RegisteredSchema(
    SchemaId id, String schemaType, String schema, List<SchemaReference> references) {
  public static final String AVRO = "AVRO";

  public RegisteredSchema {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schemaType, "schemaType");
    Objects.requireNonNull(schema, "schema");
    references = List.copyOf(references);
  }
}
