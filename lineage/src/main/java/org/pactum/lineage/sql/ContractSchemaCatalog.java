package org.pactum.lineage.sql;

import java.util.List;
import java.util.Optional;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.schema.SchemaField;
import org.pactum.lineage.core.ContractDatasets;
import org.pactum.lineage.core.ContractLookup;
import org.pactum.lineage.core.DatasetRef;

/**
 * Table columns from the contracts: a table whose dataset a contract names has that contract's
 * schema's top-level fields as its columns, in schema order. Read at each call, so a reloaded
 * catalog is seen at once.
 */
public final class ContractSchemaCatalog implements SchemaCatalog {
  private final ContractLookup contracts;
  private final ContractDatasets datasets;

  public ContractSchemaCatalog(ContractLookup contracts, ContractDatasets datasets) {
    this.contracts = contracts;
    this.datasets = datasets;
  }

  @Override
  public Optional<List<String>> columns(DatasetRef table) {
    for (LoadedContract c : contracts.all()) {
      if (datasets.of(c).filter(table::equals).isPresent() && c.schema() != null) {
        return Optional.of(c.schema().columns().stream().map(SchemaField::name).toList());
      }
    }
    return Optional.empty();
  }
}
