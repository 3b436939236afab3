package org.pactum.registry.core;

import java.util.Objects;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.core.schema.ParseLimits;

/**
 * The schema registry's tunables.
 *
 * @param defaultCompatibility the global level while none is set through {@code PUT /config}
 * @param maxSchemaBytes the largest schema (UTF-8, with its references) accepted; larger → 42209
 * @param maxNestingDepth the deepest nesting a schema may have; deeper → 42201
 * @param cacheSize how many schemas (by id) are kept in memory, parsed and unparsed each
 * @param subjectTeams the teams that claim subjects no contract owns yet, by prefix
 */
public record RegistrySettings(
    CompatibilityMode defaultCompatibility,
    int maxSchemaBytes,
    int maxNestingDepth,
    long cacheSize,
    SubjectTeams subjectTeams) {

  public static final RegistrySettings DEFAULTS =
      new RegistrySettings(CompatibilityMode.BACKWARD, 1 << 20, 256, 10_000);

  /** No subject claimed by prefix. */
  public RegistrySettings(
      CompatibilityMode defaultCompatibility,
      int maxSchemaBytes,
      int maxNestingDepth,
      long cacheSize) {
    this(defaultCompatibility, maxSchemaBytes, maxNestingDepth, cacheSize, SubjectTeams.none());
  }

  public RegistrySettings {
    Objects.requireNonNull(defaultCompatibility, "defaultCompatibility");
    Objects.requireNonNull(subjectTeams, "subjectTeams");
    if (maxSchemaBytes <= 0 || maxNestingDepth <= 0 || cacheSize < 0) {
      throw new IllegalArgumentException("registry limits must be positive");
    }
  }

  public ParseLimits parseLimits() {
    return new ParseLimits(maxSchemaBytes, maxNestingDepth);
  }
}
