package org.pactum.registry.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.avro.AvroCompatibilityRules;
import org.pactum.registry.core.protobuf.ProtobufCompatibilityRules;
import org.pactum.registry.core.schema.CompatibilityRules;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.Finding;
import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.ParsedSchema;

/**
 * Checks a new schema against a subject's existing versions under one of Confluent's seven modes.
 *
 * <p>BACKWARD: the new schema reads data written with the latest version. FORWARD: the latest
 * version reads data written with the new schema. FULL: both. {@code _TRANSITIVE}: against every
 * existing version instead of the latest only. NONE checks nothing. Format-agnostic: the rules for
 * each schema language are plugged in. Thread-safe and stateless.
 */
public final class CompatibilityChecker {

  private final Map<SchemaFormat, CompatibilityRules> rules = new EnumMap<>(SchemaFormat.class);

  public CompatibilityChecker(List<CompatibilityRules> rules) {
    for (CompatibilityRules r : rules) {
      if (this.rules.put(r.format(), r) != null) {
        throw new IllegalArgumentException("two rule sets for " + r.format());
      }
    }
  }

  /** Avro (the Avro specification's resolution rules) and Protobuf (wire-level rules). */
  public static CompatibilityChecker standard() {
    return new CompatibilityChecker(
        List.of(new AvroCompatibilityRules(), new ProtobufCompatibilityRules()));
  }

  /**
   * Checks {@code candidate} against {@code existingNewestFirst}.
   *
   * @param existingNewestFirst the subject's non-deleted versions, newest first (strictly
   *     decreasing version numbers); empty for a new subject
   */
  public CompatibilityResult check(
      CompatibilityMode mode, ParsedSchema candidate, List<VersionedSchema> existingNewestFirst) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(existingNewestFirst, "existingNewestFirst");
    requireNewestFirst(existingNewestFirst);
    if (mode == CompatibilityMode.NONE || existingNewestFirst.isEmpty()) {
      return new CompatibilityResult(mode, List.of(), List.of(), List.of());
    }
    List<VersionedSchema> targets =
        mode.transitive() ? existingNewestFirst : existingNewestFirst.subList(0, 1);
    List<Direction> directions = new ArrayList<>(2);
    if (mode.backward()) {
      directions.add(Direction.BACKWARD);
    }
    if (mode.forward()) {
      directions.add(Direction.FORWARD);
    }

    List<Integer> checked = new ArrayList<>();
    List<Incompatibility> incompatibilities = new ArrayList<>();
    Set<CompatibilityNote> notes = new LinkedHashSet<>();
    for (VersionedSchema target : targets) {
      checked.add(target.version());
      ParsedSchema existing = target.schema();
      if (existing.format() != candidate.format()) {
        for (Direction d : directions) {
          incompatibilities.add(formatChanged(existing, candidate, target.version(), d));
        }
        continue;
      }
      CompatibilityRules formatRules = rulesFor(candidate.format());
      for (Direction d : directions) {
        for (Finding f : formatRules.compare(existing, candidate, target.version(), d)) {
          if (f.breaking()) {
            incompatibilities.add(
                new Incompatibility(
                    f.type(),
                    f.location(),
                    f.fieldPath(),
                    f.message(),
                    f.suggestedFix(),
                    f.detail(),
                    target.version(),
                    d,
                    f.source()));
          } else {
            notes.add(
                new CompatibilityNote(
                    f.type(),
                    f.location(),
                    f.fieldPath(),
                    f.message(),
                    target.version(),
                    f.source()));
          }
        }
      }
    }
    return new CompatibilityResult(mode, checked, incompatibilities, List.copyOf(notes));
  }

  /** Compares two schemas directly, without versions: for {@code pactum contract diff}. */
  public CompatibilityResult check(
      CompatibilityMode mode, ParsedSchema candidate, ParsedSchema existing) {
    return check(mode, candidate, List.of(new VersionedSchema(1, existing)));
  }

  private CompatibilityRules rulesFor(SchemaFormat format) {
    CompatibilityRules r = rules.get(format);
    if (r == null) {
      throw new IllegalArgumentException("no compatibility rules for " + format);
    }
    return r;
  }

  private static Incompatibility formatChanged(
      ParsedSchema existing, ParsedSchema candidate, int version, Direction d) {
    return new Incompatibility(
        IncompatibilityType.SCHEMA_TYPE_CHANGED,
        "",
        candidate.displayName(),
        "version "
            + version
            + " is "
            + existing.format()
            + " but the new schema is "
            + candidate.format()
            + "; no reader of one can read data written with the other",
        "keep the subject's schema type; publish the "
            + candidate.format()
            + " schema under a new subject",
        existing.format() + " -> " + candidate.format(),
        version,
        d,
        null);
  }

  private static void requireNewestFirst(List<VersionedSchema> versions) {
    for (int i = 1; i < versions.size(); i++) {
      if (versions.get(i).version() >= versions.get(i - 1).version()) {
        throw new IllegalArgumentException(
            "existing versions must be newest first, got "
                + versions.stream().map(VersionedSchema::version).toList());
      }
    }
  }
}
