package org.pactum.streams.run;

import java.util.Objects;
import org.pactum.contracts.model.DataContract;
import org.pactum.streams.core.Binding;

/**
 * A binding to validate and the contract version it enforces.
 *
 * @param contractVersion the contract's catalog version; a new one restarts the validator
 */
public record BoundStream(Binding binding, DataContract contract, int contractVersion) {
  public BoundStream {
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(contract, "contract");
    if (!binding.contractId().equals(contract.id())) {
      throw new IllegalArgumentException("a binding of " + binding.contractId());
    }
  }

  public String contractId() {
    return contract.id();
  }
}
