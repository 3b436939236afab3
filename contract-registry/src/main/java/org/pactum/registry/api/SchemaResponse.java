package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.RegisteredVersion;

/**
 * Confluent's {@code Schema}: a subject version with its schema. As in Confluent, {@code
 * schemaType} is left out for AVRO and {@code references} when there are none.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"subject", "version", "id", "schemaType", "references", "schema"})
public record SchemaResponse(
    String subject,
    int version,
    int id,
    String schemaType,
    List<SchemaReferenceJson> references,
    String schema) {

  static SchemaResponse of(RegisteredVersion v) {
    return new SchemaResponse(
        v.subject(),
        v.version(),
        v.schema().id(),
        schemaType(v.schema().format()),
        v.schema().references().stream().map(SchemaReferenceJson::of).toList(),
        v.schema().text());
  }

  /** Confluent's wire name, or null for AVRO (the default, omitted). */
  static String schemaType(SchemaFormat format) {
    return format == SchemaFormat.AVRO ? null : format.name();
  }
}
