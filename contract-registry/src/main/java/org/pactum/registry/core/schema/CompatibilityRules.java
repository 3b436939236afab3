package org.pactum.registry.core.schema;

import java.util.List;
import org.pactum.contracts.model.SchemaFormat;

/**
 * One schema language's compatibility rules, used by {@code
 * org.pactum.registry.core.CompatibilityChecker}.
 */
public interface CompatibilityRules {

  SchemaFormat format();

  /**
   * Compares an existing version with the new schema in one direction.
   *
   * @param existing a schema of {@link #format()}
   * @param candidate the new schema, of {@link #format()}
   * @param version the existing schema's version, for messages; null when unversioned
   * @return breaking findings and notes, in schema order
   */
  List<Finding> compare(
      ParsedSchema existing, ParsedSchema candidate, Integer version, Direction direction);
}
