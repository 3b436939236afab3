package org.pactum.registry.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * A contract API request refused, with Pactum's error code and, when the refusal is about the
 * contract's content, the findings (lint problems, schema incompatibilities) that explain it. The
 * message is meant for the client: no SQL, no stack traces.
 */
public final class ContractCatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ContractError error;
  private final transient List<FindingRecord> findings;

  public ContractCatalogException(ContractError error, String message) {
    this(error, message, List.of(), null);
  }

  public ContractCatalogException(
      ContractError error, String message, List<FindingRecord> findings, Throwable cause) {
    super(message, cause);
    this.error = Objects.requireNonNull(error, "error");
    this.findings = List.copyOf(findings);
  }

  public ContractError error() {
    return error;
  }

  public List<FindingRecord> findings() {
    return findings;
  }
}
