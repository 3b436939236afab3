package org.pactum.checks.core;

import java.util.Objects;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;

/**
 * A contract version as the check engine runs it: the document, the catalog version its results are
 * judged against, and the status that decides whether its loads are checked. (Not the registry's
 * {@code ContractVersion}, a stored version row with its schema and history.)
 *
 * @param version the catalog version (contiguous from 1) results record as judged against
 * @param status the status the catalog gives it: the document's, or retired once retired through
 *     the API
 */
public record CheckedContract(DataContract contract, int version, ContractStatus status) {
  public CheckedContract {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(status, "status");
    if (version < 1) {
      throw new IllegalArgumentException("catalog versions start at 1: " + version);
    }
  }

  /** A version whose status is its document's. */
  public CheckedContract(DataContract contract, int version) {
    this(contract, version, contract.status());
  }

  /** Whether loads are checked: active and deprecated contracts; drafts and retired ones not. */
  public boolean checked() {
    return status == ContractStatus.ACTIVE || status == ContractStatus.DEPRECATED;
  }

  /**
   * This version, when its loads are checked.
   *
   * @throws ChecksException {@link ChecksException.Reason#NOT_CHECKED} for a draft or a retired
   *     contract, saying why
   */
  public CheckedContract requireChecked() {
    if (checked()) {
      return this;
    }
    String id = contract.id();
    throw new ChecksException(
        ChecksException.Reason.NOT_CHECKED,
        status == ContractStatus.DRAFT
            ? "contract '"
                + id
                + "' is a draft: drafts are linted and diffed, not checked; publish it with"
                + " status: active to check its loads"
            : "contract '"
                + id
                + "' is retired: it takes no new runs; its quality history stays at"
                + " /api/v1/contracts/"
                + id
                + "/results");
  }
}
