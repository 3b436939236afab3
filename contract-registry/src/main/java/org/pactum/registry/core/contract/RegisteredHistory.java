package org.pactum.registry.core.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.RegisteredReference;
import org.pactum.registry.core.RegisteredVersion;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.StoredSchema;
import org.pactum.registry.core.SubjectNotFoundException;
import org.pactum.registry.core.VersionId;
import org.pactum.registry.core.VersionedSchema;
import org.pactum.registry.core.schema.InvalidSchemaException;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.registry.core.schema.SchemaReference;

/** A registry subject's live versions, parsed with their references, as a mode checks them. */
final class RegisteredHistory {
  private static final int MAX_REFERENCE_DEPTH = 64;

  private final SchemaRegistry registry;
  private final SchemaParsers parsers;

  RegisteredHistory(SchemaRegistry registry, SchemaParsers parsers) {
    this.registry = registry;
    this.parsers = parsers;
  }

  /** The subject's live version numbers, oldest first; empty for a subject without any. */
  List<Integer> versions(String subject) {
    try {
      return registry.versionNumbers(subject, false, false);
    } catch (SubjectNotFoundException e) {
      return List.of();
    }
  }

  /**
   * What {@code mode} checks a new schema against: the latest live version, or every live version
   * for a transitive mode, newest first; nothing under {@code NONE}.
   */
  List<VersionedSchema> against(String subject, CompatibilityMode mode) {
    if (mode == CompatibilityMode.NONE) {
      return List.of();
    }
    List<Integer> versions = versions(subject);
    List<VersionedSchema> newestFirst = new ArrayList<>();
    for (int i = versions.size() - 1; i >= 0; i--) {
      RegisteredVersion v = registry.version(subject, new VersionId(versions.get(i)), false);
      newestFirst.add(new VersionedSchema(v.version(), parse(v.schema())));
      if (!mode.transitive()) {
        break;
      }
    }
    return newestFirst;
  }

  private ParsedSchema parse(StoredSchema s) {
    Map<String, SchemaReference> texts = new LinkedHashMap<>();
    for (RegisteredReference ref : s.references()) {
      collect(ref, texts, 1);
    }
    String name = s.format() == SchemaFormat.PROTOBUF ? "schema.proto" : "schema-" + s.id();
    return parsers.forFormat(s.format()).parse(name, s.text(), List.copyOf(texts.values()));
  }

  /** Dependencies first, as the parsers want them. */
  private void collect(RegisteredReference ref, Map<String, SchemaReference> texts, int depth) {
    if (texts.containsKey(ref.name())) {
      return;
    }
    if (depth > MAX_REFERENCE_DEPTH) {
      throw new InvalidSchemaException(
          "references nest deeper than " + MAX_REFERENCE_DEPTH + " levels");
    }
    RegisteredVersion target = registry.version(ref.subject(), new VersionId(ref.version()), true);
    for (RegisteredReference inner : target.schema().references()) {
      collect(inner, texts, depth + 1);
    }
    texts.putIfAbsent(ref.name(), new SchemaReference(ref.name(), target.schema().text()));
  }
}
