package org.pactum.server.ui;

import java.util.Optional;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.core.ContractDatasets;
import org.pactum.lineage.core.ContractLookup;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.sql.ContractSchemaCatalog;
import org.pactum.registry.core.contract.CatalogContract;
import org.pactum.registry.core.contract.CurrentCatalog;

/**
 * The catalog's contracts as the lineage graph names their datasets, for the pages: a contract's
 * lineage link, a dataset's contract, and the lineage pages themselves (read only).
 */
public final class ContractLineage {
  private final CurrentCatalog catalog;
  private final LineageService lineage;

  public ContractLineage(CurrentCatalog catalog, LineageService lineage) {
    this.catalog = catalog;
    this.lineage = lineage;
  }

  private ContractLookup contracts() {
    return lookup(catalog);
  }

  /** The catalog's contracts that still describe data: every one but the retired. */
  public static ContractLookup lookup(CurrentCatalog catalog) {
    return () ->
        catalog.all().stream()
            .filter(c -> c.status() != ContractStatus.RETIRED)
            .map(CatalogContract::loaded)
            .toList();
  }

  private ContractDatasets datasets() {
    return new ContractDatasets(lineage.settings().defaultSchema());
  }

  LineagePages pages() {
    return new LineagePages(lineage, new ContractSchemaCatalog(contracts(), datasets()));
  }

  /** The contract's dataset when the graph has it. */
  Optional<DatasetRef> lineageOf(DataContract contract) {
    return datasets().of(contract).filter(pages()::has);
  }

  /** The id of the contract whose dataset {@code dataset} is, if one is. */
  Optional<String> contractOf(DatasetRef dataset) {
    ContractDatasets names = datasets();
    return catalog.all().stream()
        .filter(e -> names.of(e.loaded()).filter(dataset::equals).isPresent())
        .map(CatalogContract::id)
        .findFirst();
  }
}
