package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.pactum.registry.core.StoredSchema;

/**
 * Confluent's {@code SchemaString}, the answer to {@code GET /schemas/ids/{id}}: {@code schema},
 * plus {@code schemaType} (not for AVRO) and {@code references} (when any).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"schemaType", "schema", "references"})
public record SchemaStringResponse(
    String schemaType, String schema, List<SchemaReferenceJson> references) {

  static SchemaStringResponse of(StoredSchema s) {
    return new SchemaStringResponse(
        SchemaResponse.schemaType(s.format()),
        s.text(),
        s.references().stream().map(SchemaReferenceJson::of).toList());
  }
}
