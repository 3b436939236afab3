package org.pactum.registry.core;

import static org.pactum.registry.core.SubjectVersions.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.InvalidSchemaException;
import org.pactum.registry.core.schema.ParseLimits;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.registry.core.schema.SchemaReference;

/**
 * Parses submitted and stored schemas with their references resolved to concrete versions, within
 * the size and nesting limits, and gives a submission its identity (format, canonical form,
 * references). Part of {@link SchemaRegistry}.
 */
final class SchemaCandidates {
  private static final int MAX_REFERENCE_DEPTH = 64;
  private static final int MAX_REFERENCES = 1_000;

  /** A submission parsed, with its references resolved to concrete versions, and its identity. */
  record Candidate(ParsedSchema parsed, NewSchema schema) {}

  private final RegistryStore store;
  private final RegistrySettings settings;
  private final SchemaParsers parsers;
  private final IntFunction<StoredSchema> schemaById;

  /**
   * @param schemaById the registry's (cached) schema by id; throws when there is none
   */
  SchemaCandidates(
      RegistryStore store, RegistrySettings settings, IntFunction<StoredSchema> schemaById) {
    this.store = store;
    this.settings = settings;
    this.parsers = new SchemaParsers(settings.parseLimits());
    this.schemaById = schemaById;
  }

  /**
   * Checks a submission's type, text and size before parsing; returns its format.
   *
   * @throws InvalidSchemaException, SchemaTooLargeException
   */
  SchemaFormat checkSubmission(SchemaSubmission submission) {
    SchemaFormat format = formatOf(submission.schemaType());
    requireText(submission.schema());
    requireWithinSize(submission.schema());
    return format;
  }

  Candidate candidate(SchemaFormat format, String subject, SchemaSubmission submission) {
    Map<String, SchemaReference> texts = new LinkedHashMap<>();
    List<RegisteredReference> concrete = new ArrayList<>();
    for (RegisteredReference ref : submission.references()) {
      SubjectVersion target = resolveReference(ref);
      concrete.add(new RegisteredReference(ref.name(), ref.subject(), target.version()));
      collect(ref.name(), target.schemaId(), texts, 1);
    }
    long total = ParseLimits.utf8Length(submission.schema());
    for (SchemaReference r : texts.values()) {
      total += ParseLimits.utf8Length(r.text());
    }
    if (total > settings.maxSchemaBytes()) {
      throw tooLarge(total);
    }
    ParsedSchema parsedSchema =
        parsers
            .forFormat(format)
            .parse(sourceName(format, subject), submission.schema(), List.copyOf(texts.values()));
    String sha = identity(format, parsedSchema.canonicalForm(), concrete);
    return new Candidate(parsedSchema, new NewSchema(format, submission.schema(), sha, concrete));
  }

  /** A stored schema parsed with its references. */
  ParsedSchema parseStored(int id, StoredSchema s) {
    Map<String, SchemaReference> texts = new LinkedHashMap<>();
    for (RegisteredReference ref : s.references()) {
      collect(ref.name(), resolveReference(ref).schemaId(), texts, 1);
    }
    return parsers
        .forFormat(s.format())
        .parse(sourceName(s.format(), "id-" + id), s.text(), List.copyOf(texts.values()));
  }

  /** Adds a referenced schema's own references first, then the schema: dependencies first. */
  private void collect(String name, int schemaId, Map<String, SchemaReference> texts, int depth) {
    if (texts.containsKey(name)) {
      return;
    }
    if (depth > MAX_REFERENCE_DEPTH || texts.size() >= MAX_REFERENCES) {
      throw new InvalidSchemaException(
          "Invalid schema: references nest deeper than "
              + MAX_REFERENCE_DEPTH
              + " or number more than "
              + MAX_REFERENCES);
    }
    StoredSchema referenced = schemaById.apply(schemaId);
    for (RegisteredReference inner : referenced.references()) {
      collect(inner.name(), resolveReference(inner).schemaId(), texts, depth + 1);
    }
    texts.putIfAbsent(name, new SchemaReference(name, referenced.text()));
  }

  private SubjectVersion resolveReference(RegisteredReference ref) {
    if (ref.name().isBlank() || ref.subject().isEmpty()) {
      throw new InvalidSchemaException(
          "Invalid schema reference: name and subject are required, got " + describe(ref));
    }
    if (ref.version() == 0 || ref.version() < -1) {
      throw new InvalidSchemaException(
          "Invalid schema reference " + describe(ref) + ": version must be positive or -1");
    }
    List<SubjectVersion> all = store.versions(ref.subject());
    Optional<SubjectVersion> target =
        ref.version() == -1
            ? live(all).stream().reduce((a, b) -> b)
            : SubjectVersions.find(all, ref.version());
    return target.orElseThrow(
        () ->
            new InvalidSchemaException(
                "Invalid schema reference " + describe(ref) + ": no such subject version"));
  }

  private static String describe(RegisteredReference ref) {
    return "{name="
        + SubjectNames.printable(ref.name())
        + ", subject="
        + SubjectNames.printable(ref.subject())
        + ", version="
        + ref.version()
        + "}";
  }

  private static String sourceName(SchemaFormat format, String subject) {
    return format == SchemaFormat.PROTOBUF ? "schema.proto" : subject;
  }

  private static String identity(
      SchemaFormat format, String canonicalForm, List<RegisteredReference> references) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(format.name().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(canonicalForm.getBytes(StandardCharsets.UTF_8));
      for (RegisteredReference r : references) {
        digest.update((byte) 0);
        digest.update(r.name().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(r.subject().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(r.version()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static SchemaFormat formatOf(String schemaType) {
    if (schemaType == null || schemaType.isEmpty()) {
      return SchemaFormat.AVRO;
    }
    String t = schemaType.trim().toUpperCase(Locale.ROOT);
    if (t.equals("AVRO")) {
      return SchemaFormat.AVRO;
    }
    if (t.equals("PROTOBUF")) {
      return SchemaFormat.PROTOBUF;
    }
    String shown = schemaType.length() > 40 ? schemaType.substring(0, 40) + "…" : schemaType;
    throw new InvalidSchemaException(
        "Invalid schema type '"
            + SubjectNames.printable(shown)
            + "': this registry supports AVRO and PROTOBUF");
  }

  private static void requireText(String schema) {
    if (schema == null || schema.isBlank()) {
      throw new InvalidSchemaException("Invalid schema: the schema is empty");
    }
  }

  private void requireWithinSize(String schema) {
    long bytes = ParseLimits.utf8Length(schema);
    if (bytes > settings.maxSchemaBytes()) {
      throw tooLarge(bytes);
    }
  }

  private SchemaTooLargeException tooLarge(long bytes) {
    return new SchemaTooLargeException(
        "Schema is too large: "
            + bytes
            + " bytes (UTF-8, with its references); the limit is "
            + settings.maxSchemaBytes());
  }
}
