package org.pactum.lineage.core;

import java.util.List;

/**
 * A column that carries personal data (fed DIRECT and unmasked by a tagged PII column) but is not
 * tagged as PII by a contract.
 *
 * @param column the untagged column
 * @param fedBy the tagged PII columns it derives from
 * @param contractId the contract of its dataset, or null when the dataset has none
 * @param ownerTeam that contract's owning team, or null
 */
public record PiiFinding(
    ColumnRef column, List<ColumnRef> fedBy, String contractId, String ownerTeam) {
  public PiiFinding {
    fedBy = List.copyOf(fedBy);
  }
}
