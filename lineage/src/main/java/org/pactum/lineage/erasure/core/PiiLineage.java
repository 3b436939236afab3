package org.pactum.lineage.erasure.core;

import java.util.List;

/**
 * Where a PII column's values flow downstream: the lineage graph's answer to "which columns are
 * derived from this one", used to widen an erasure plan beyond the datasets whose contracts name
 * the subject. {@link #NONE} (the default) knows of no derived columns.
 */
public interface PiiLineage {
  PiiLineage NONE = (datasource, table, column) -> List.of();

  /** The columns fed DIRECT and unmasked by {@code datasource.table.column}, transitively. */
  List<DerivedColumn> downstreamOf(String datasource, String table, String column);
}
