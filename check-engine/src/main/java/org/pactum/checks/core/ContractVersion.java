package org.pactum.checks.core;

import java.util.Objects;
import org.pactum.contracts.model.DataContract;

/**
 * A contract as the catalog holds it now.
 *
 * @param version the catalog version (contiguous from 1) results record as judged against
 */
public record ContractVersion(DataContract contract, int version) {
  public ContractVersion {
    Objects.requireNonNull(contract, "contract");
    if (version < 1) {
      throw new IllegalArgumentException("catalog versions start at 1: " + version);
    }
  }
}
