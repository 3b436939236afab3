package org.pactum.registry.core.contract;

import java.util.Objects;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.ContractStatus;

/**
 * A contract as every consumer reads it: its latest catalog version, loaded, and its standing.
 *
 * @param version the stored version (its number, source, publish time)
 * @param loaded that version's document and schema, parsed
 */
public record CatalogContract(CatalogHead head, ContractVersion version, LoadedContract loaded) {
  public CatalogContract {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(loaded, "loaded");
  }

  public String id() {
    return head.contractId();
  }

  public ContractStatus status() {
    return head.status();
  }

  /** Whether loads of it are checked: active and deprecated contracts; not drafts, not retired. */
  public boolean checked() {
    return status() == ContractStatus.ACTIVE || status() == ContractStatus.DEPRECATED;
  }
}
