package org.pactum.registry.core.contract;

import java.util.Objects;
import org.pactum.contracts.model.ContractStatus;

/**
 * What the catalog says of a contract before any document is read: its state and which version is
 * its latest. Cheap to list; readers load a version's document only when it changed.
 *
 * @param documentStatus the latest version's {@code status:}
 */
public record CatalogHead(
    ContractState state, int latestVersion, String contentSha256, ContractStatus documentStatus) {
  public CatalogHead {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(contentSha256, "contentSha256");
    Objects.requireNonNull(documentStatus, "documentStatus");
  }

  public String contractId() {
    return state.contractId();
  }

  /**
   * The status every consumer acts on: retired once retired through the API, else the document's.
   */
  public ContractStatus status() {
    return state.retired() ? ContractStatus.RETIRED : documentStatus;
  }
}
