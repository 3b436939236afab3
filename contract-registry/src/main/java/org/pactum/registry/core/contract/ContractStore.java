package org.pactum.registry.core.contract;

import java.util.List;
import java.util.Optional;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.PublishOutcome;

/** The contract catalog's storage: every version of every contract. */
public interface ContractStore {

  Optional<ContractVersion> latest(String contractId);

  Optional<ContractVersion> version(String contractId, int versionNo);

  /** Oldest first; empty for an unknown contract. */
  List<ContractVersion> versions(String contractId);

  /**
   * The latest version of at most {@code limit} contracts, by id, starting after {@code afterId}
   * (null: from the first).
   */
  List<ContractVersion> latestOfEach(String afterId, int limit);

  /**
   * Stores the document as the next version, unless the latest version holds the same content (then
   * returns it, not created). Empty when the latest version is no longer {@code basedOn} (0: none):
   * another publisher won, compare again.
   */
  Optional<PublishOutcome> publish(
      ContractDocument document, SchemaLink schema, List<FindingRecord> findings, int basedOn);
}
