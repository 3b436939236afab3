package org.pactum.lineage.sql;

import java.util.List;
import java.util.Optional;
import org.pactum.lineage.core.DatasetRef;

/** The columns of a table, where something (a contract's schema) says what they are. */
@FunctionalInterface
public interface SchemaCatalog {
  /** A catalog that knows no table. */
  SchemaCatalog EMPTY = table -> Optional.empty();

  /** The table's columns in order, or empty when no schema is known for it. */
  Optional<List<String>> columns(DatasetRef table);
}
