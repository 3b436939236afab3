package org.pactum.streams.core;

import java.util.Objects;

/** Which contract, at which document version, a binding enforces. */
public record ContractRef(String id, String version) {
  public ContractRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }
}
