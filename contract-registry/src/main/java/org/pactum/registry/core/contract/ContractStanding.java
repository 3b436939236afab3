package org.pactum.registry.core.contract;

import java.util.Objects;
import org.pactum.contracts.model.ContractStatus;

/**
 * A contract's status as every consumer acts on it, with the version it comes from.
 *
 * @param status retired once retired through the API, else the latest version's document status
 */
public record ContractStanding(ContractState state, ContractVersion latest, ContractStatus status) {
  public ContractStanding {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(status, "status");
  }

  static ContractStanding of(ContractState state, ContractVersion latest) {
    return new ContractStanding(
        state,
        latest,
        state.retired() ? ContractStatus.RETIRED : ContractStatus.valueOf(latest.status()));
  }
}
