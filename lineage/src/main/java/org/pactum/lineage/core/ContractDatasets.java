package org.pactum.lineage.core;

import java.util.Optional;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;

/**
 * How a contract's dataset is named in the graph: namespace = {@code dataset.datasource}, name =
 * {@code dataset.table}, with the default schema put in front of an unqualified table ({@code
 * orders} → {@code public.orders}), the way SQL-derived lineage names tables.
 */
public final class ContractDatasets {
  private final String defaultSchema;

  public ContractDatasets(String defaultSchema) {
    this.defaultSchema = defaultSchema;
  }

  public Optional<DatasetRef> of(DataContract contract) {
    Dataset d = contract.dataset();
    if (d == null || d.datasource() == null || d.table() == null) {
      return Optional.empty();
    }
    String table = d.table().indexOf('.') >= 0 ? d.table() : defaultSchema + "." + d.table();
    return Optional.of(new DatasetRef(d.datasource(), table));
  }

  public Optional<DatasetRef> of(LoadedContract contract) {
    return of(contract.contract());
  }
}
