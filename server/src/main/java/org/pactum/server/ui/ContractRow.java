package org.pactum.server.ui;

import org.pactum.contracts.model.DataContract;
import org.pactum.registry.core.contract.CatalogContract;

/**
 * One line of the contract list page.
 *
 * @param status the catalog's status: the document's, or retired once retired through the API
 * @param source who published the latest version: {@code api …}, or the contract file's path
 */
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
    String source,
    String publishedAt) {

  static ContractRow of(CatalogContract entry) {
    DataContract c = entry.loaded().contract();
    return new ContractRow(
        c.id(),
        c.version(),
        entry.status().name(),
        c.owner().team(),
        c.description() == null ? "" : c.description(),
        c.schema().format().name(),
        c.schema().file(),
        c.schema().compatibility().name(),
        c.dataset() == null ? "" : c.dataset().datasource() + ":" + c.dataset().table(),
        c.checks().size(),
        c.pii() == null ? 0 : c.pii().fields().size(),
        entry.version().versionNo(),
        entry.version().source(),
        entry.version().publishedAt() == null
            ? ""
            : UiFormat.minute(entry.version().publishedAt().toInstant()));
  }
}
