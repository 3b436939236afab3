package org.pactum.registry.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.core.schema.ParsedSchema;

/**
 * Checks a schema against a subject's versions under the subject's compatibility level: the latest
 * version only, every version for a transitive level, none for {@code NONE}.
 */
final class SubjectCompatibility {
  private final LevelsAndModes levelsAndModes;
  private final CompatibilityChecker checker;
  private final IntFunction<ParsedSchema> parsedById;

  SubjectCompatibility(
      LevelsAndModes levelsAndModes,
      CompatibilityChecker checker,
      IntFunction<ParsedSchema> parsedById) {
    this.levelsAndModes = levelsAndModes;
    this.checker = checker;
    this.parsedById = parsedById;
  }

  /** The candidate against {@code ascending} (oldest first), as the subject's level checks it. */
  CompatibilityResult check(
      String subject, ParsedSchema candidate, List<SubjectVersion> ascending) {
    List<VersionedSchema> newestFirst = new ArrayList<>(ascending.size());
    CompatibilityMode mode = levelsAndModes.effectiveCompatibility(subject);
    if (mode != CompatibilityMode.NONE) {
      for (int i = ascending.size() - 1; i >= 0; i--) {
        SubjectVersion v = ascending.get(i);
        newestFirst.add(new VersionedSchema(v.version(), parsedById.apply(v.schemaId())));
        if (!mode.transitive()) {
          break;
        }
      }
    }
    return checker.check(mode, candidate, newestFirst);
  }

  /** {@link IncompatibleSchemaException} when the candidate breaks the subject's level. */
  void require(String subject, ParsedSchema candidate, List<SubjectVersion> live) {
    CompatibilityResult result = check(subject, candidate, live);
    if (!result.isCompatible()) {
      throw new IncompatibleSchemaException(
          "Schema being registered is incompatible with an earlier schema for subject \""
              + subject
              + "\", details: "
              + result.confluentMessages());
    }
  }
}
