package org.pactum.server.catalog;

import java.util.List;
import java.util.Optional;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.ContractVersion;

/** The contract catalog as the check engine sees it: each contract at its catalog version. */
public final class CatalogContractSource implements ContractSource {
  private final ContractCatalog catalog;

  public CatalogContractSource(ContractCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Optional<ContractVersion> find(String contractId) {
    return all().stream().filter(c -> c.contract().id().equals(contractId)).findFirst();
  }

  @Override
  public List<ContractVersion> all() {
    return catalog.snapshot().entries().stream()
        .map(e -> new ContractVersion(e.loaded().contract(), e.catalogVersion()))
        .toList();
  }
}
