package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.pactum.registry.core.RegisteredReference;

/** Confluent's {@code SchemaReference}: {@code {"name", "subject", "version"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"name", "subject", "version"})
public record SchemaReferenceJson(String name, String subject, Integer version) {

  static SchemaReferenceJson of(RegisteredReference r) {
    return new SchemaReferenceJson(r.name(), r.subject(), r.version());
  }

  RegisteredReference toDomain() {
    return new RegisteredReference(
        name == null ? "" : name, subject == null ? "" : subject, version == null ? -1 : version);
  }
}
