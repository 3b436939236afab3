package org.pactum.server.privacy;

import java.util.List;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.erasure.core.DerivedColumn;
import org.pactum.lineage.erasure.core.PiiLineage;

/**
 * The lineage graph as the erasure planner's source of derived PII: the columns fed DIRECT and
 * unmasked, transitively, by a contract's PII column. A contract's dataset is the lineage dataset
 * namespace = its datasource, name = its table (lineage/README.md).
 */
public final class GraphPiiLineage implements PiiLineage {
  private final LineageService lineage;

  public GraphPiiLineage(LineageService lineage) {
    this.lineage = lineage;
  }

  @Override
  public List<DerivedColumn> downstreamOf(String datasource, String table, String column) {
    return lineage
        .derivedPii(List.of(new ColumnRef(new DatasetRef(datasource, table), column)))
        .stream()
        .map(c -> new DerivedColumn(c.dataset().namespace(), c.dataset().name(), c.column(), false))
        .toList();
  }
}
