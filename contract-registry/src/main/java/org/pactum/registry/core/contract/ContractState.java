package org.pactum.registry.core.contract;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract's standing in the catalog, beside its versions.
 *
 * @param declaredIn the contract file that declares it, when a contracts folder manages it
 * @param retiredAt when it was retired through the contract API, or null while in force
 */
public record ContractState(
    String contractId, ManagedBy managedBy, String declaredIn, OffsetDateTime retiredAt) {
  public ContractState {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(managedBy, "managedBy");
  }

  public boolean retired() {
    return retiredAt != null;
  }

  public Optional<String> folderFile() {
    return managedBy == ManagedBy.FOLDER ? Optional.ofNullable(declaredIn) : Optional.empty();
  }
}
