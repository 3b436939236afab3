package org.pactum.lineage.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A query's result: its output columns, each with its lineage, and the columns that affect every
 * row (joins, filters, grouping, sorting).
 *
 * @param complete false when some output columns could not be listed (an unexpandable {@code *})
 */
record Relation(List<Column> columns, Set<Lineage.Indirect> rowIndirect, boolean complete) {
  /** One output column; {@code name} is null for an unnamed expression. */
  record Column(String name, Lineage lineage) {}

  Relation {
    columns = List.copyOf(columns);
    rowIndirect = new LinkedHashSet<>(rowIndirect);
  }

  Optional<Column> column(String name) {
    return columns.stream().filter(c -> name.equals(c.name())).findFirst();
  }

  List<String> names() {
    return columns.stream().map(c -> c.name() == null ? "?column?" : c.name()).toList();
  }
}
