package org.pactum.server.catalog;

import java.util.List;
import java.util.Optional;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ContractSource;
import org.pactum.registry.core.contract.CatalogContract;
import org.pactum.registry.core.contract.CurrentCatalog;

/**
 * The one catalog as the check engine sees it: each contract at its latest catalog version, with
 * the status the catalog gives it, whoever published it.
 */
public final class CatalogContractSource implements ContractSource {
  private final CurrentCatalog catalog;

  public CatalogContractSource(CurrentCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Optional<CheckedContract> find(String contractId) {
    return catalog.find(contractId).map(CatalogContractSource::version);
  }

  @Override
  public List<CheckedContract> all() {
    return catalog.all().stream().map(CatalogContractSource::version).toList();
  }

  private static CheckedContract version(CatalogContract c) {
    return new CheckedContract(c.loaded().contract(), c.version().versionNo(), c.status());
  }
}
