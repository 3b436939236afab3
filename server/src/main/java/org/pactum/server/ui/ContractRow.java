package org.pactum.server.ui;

import org.pactum.contracts.model.DataContract;
import org.pactum.server.catalog.CatalogEntry;

/** One line of the contract list page. */
public record ContractRow(
    String id,
    String semver,
    String status,
    String ownerTeam,
    String description,
    String schemaFormat,
    String schemaFile,
    String compatibility,
    String dataset,
    int checkCount,
    int piiFieldCount,
    int catalogVersion,
    String file) {

  static ContractRow of(CatalogEntry entry) {
    DataContract c = entry.loaded().contract();
    return new ContractRow(
        c.id(),
        c.version(),
        c.status().name(),
        c.owner().team(),
        c.description() == null ? "" : c.description(),
        c.schema().format().name(),
        c.schema().file(),
        c.schema().compatibility().name(),
        c.dataset() == null ? "" : c.dataset().datasource() + ":" + c.dataset().table(),
        c.checks().size(),
        c.pii() == null ? 0 : c.pii().fields().size(),
        entry.catalogVersion(),
        entry.loaded().file().toString());
  }
}
