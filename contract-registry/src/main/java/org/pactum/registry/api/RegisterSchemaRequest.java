package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.pactum.registry.core.SchemaSubmission;

/**
 * Confluent's {@code RegisterSchemaRequest}: {@code schema}, {@code schemaType} (AVRO when absent),
 * {@code references}, and for IMPORT mode {@code id} and {@code version}. Fields newer clients send
 * ({@code metadata}, {@code ruleSet}, …) are accepted and ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterSchemaRequest(
    String schema,
    String schemaType,
    List<SchemaReferenceJson> references,
    Integer id,
    Integer version) {

  SchemaSubmission toSubmission() {
    return new SchemaSubmission(
        schema,
        schemaType,
        references == null
            ? List.of()
            : references.stream()
                .map(r -> r == null ? new SchemaReferenceJson(null, null, null) : r)
                .map(SchemaReferenceJson::toDomain)
                .toList(),
        id,
        version);
  }
}
