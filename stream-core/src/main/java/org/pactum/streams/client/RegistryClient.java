package org.pactum.streams.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pactum.streams.client.RegistryClientException.Kind;
import org.pactum.streams.core.wire.SchemaId;

/**
 * The part of Confluent's Schema Registry API a producer or a standalone validator needs, against
 * Pactum's server: a schema by id, the id of a schema under a subject (look-up or registration),
 * and a subject's versions. Schema ids are immutable, so a schema found by id is cached for the
 * life of the client, and so is the id of a schema text under a subject; failures and "not found"
 * are never cached (a schema registered a moment later is found on the next call). Thread-safe.
 */
public final class RegistryClient {
  private final RegistryConnection connection;
  private final Map<SchemaId, RegisteredSchema> byId = new ConcurrentHashMap<>();
  private final Map<SubjectSchema, SchemaId> idsBySubjectSchema = new ConcurrentHashMap<>();

  public RegistryClient(RegistryConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /**
   * The schema registered under {@code id} ({@code GET /schemas/ids/{id}}).
   *
   * @throws RegistryClientException {@link Kind#NOT_FOUND} when no schema has the id
   */
  public RegisteredSchema schemaById(SchemaId id) {
    RegisteredSchema cached = byId.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode body = connection.get("/schemas/ids/" + Integer.toUnsignedString(id.value()));
    RegisteredSchema found = schema(id, body);
    byId.putIfAbsent(id, found);
    return found;
  }

  /**
   * The id of {@code schema} (of type {@code schemaType}) under {@code subject}, without
   * registering it ({@code POST /subjects/{s}}).
   *
   * @throws RegistryClientException {@link Kind#NOT_FOUND} when the subject does not hold it
   */
  public SchemaId lookUp(String subject, String schemaType, String schema) {
    return idsBySubjectSchema.computeIfAbsent(
        new SubjectSchema(subject, schemaType, schema),
        k -> {
          JsonNode body =
              connection.post("/subjects/" + RegistryConnection.segment(subject), request(k));
          return new SchemaId(body.path("id").asInt());
        });
  }

  /**
   * The id of {@code schema} under {@code subject}, registering it as a new version when the
   * subject does not hold it yet ({@code POST /subjects/{s}/versions}).
   *
   * @throws RegistryClientException {@link Kind#REFUSED} when the subject's compatibility level
   *     rejects it (409), the schema is invalid (422) or the credentials may not register
   */
  public SchemaId register(String subject, String schemaType, String schema) {
    return idsBySubjectSchema.computeIfAbsent(
        new SubjectSchema(subject, schemaType, schema),
        k -> {
          JsonNode body =
              connection.post(
                  "/subjects/" + RegistryConnection.segment(subject) + "/versions", request(k));
          return new SchemaId(body.path("id").asInt());
        });
  }

  /**
   * The subjects with a live version of schema {@code id} ({@code GET /schemas/ids/{id}/subjects});
   * not cached (a version may be deleted).
   *
   * @throws RegistryClientException {@link Kind#NOT_FOUND} when no schema has the id
   */
  public Set<String> subjectsOf(SchemaId id) {
    JsonNode body =
        connection.get("/schemas/ids/" + Integer.toUnsignedString(id.value()) + "/subjects");
    Set<String> subjects = new LinkedHashSet<>();
    body.forEach(n -> subjects.add(n.asText()));
    return subjects;
  }

  /** The subject's latest live version ({@code GET /subjects/{s}/versions/latest}); not cached. */
  public SubjectVersion latest(String subject) {
    return version(subject, "latest");
  }

  /** One version of a subject, a number or {@code latest}. */
  public SubjectVersion version(String subject, String version) {
    JsonNode body =
        connection.get(
            "/subjects/"
                + RegistryConnection.segment(subject)
                + "/versions/"
                + RegistryConnection.segment(version));
    SchemaId id = new SchemaId(body.path("id").asInt());
    return new SubjectVersion(
        body.path("subject").asText(subject), body.path("version").asInt(), schema(id, body));
  }

  private ObjectNode request(SubjectSchema k) {
    ObjectNode request = connection.json().createObjectNode();
    request.put("schema", k.schema());
    if (!RegisteredSchema.AVRO.equals(k.schemaType())) {
      request.put("schemaType", k.schemaType());
    }
    return request;
  }

  private static RegisteredSchema schema(SchemaId id, JsonNode body) {
    List<SchemaReference> references = new ArrayList<>();
    for (JsonNode r : body.path("references")) {
      references.add(
          new SchemaReference(
              r.path("name").asText(), r.path("subject").asText(), r.path("version").asInt()));
    }
    JsonNode schema = body.path("schema");
    if (!schema.isTextual()) {
      throw new RegistryClientException(
          Kind.UNAVAILABLE, 200, 0, "schema " + id + ": the answer holds no schema text", null);
    }
    return new RegisteredSchema(
        id, body.path("schemaType").asText(RegisteredSchema.AVRO), schema.asText(), references);
  }

  /** A schema text under a subject: the key of the id cache. */
  private record SubjectSchema(String subject, String schemaType, String schema) {
    SubjectSchema {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(schemaType, "schemaType");
      Objects.requireNonNull(schema, "schema");
    }
  }
}
