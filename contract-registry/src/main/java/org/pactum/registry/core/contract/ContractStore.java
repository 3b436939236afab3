package org.pactum.registry.core.contract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
   * (null: from the first); a contract retired through the API has status {@code RETIRED}.
   */
  List<ContractVersion> latestOfEach(String afterId, int limit);

  /**
   * Stores the document as the next version, unless the latest version holds the same content (then
   * returns it, not created). Empty when the latest version is no longer {@code basedOn} (0: none):
   * another publisher won, compare again.
   */
  Optional<PublishOutcome> publish(
      ContractDocument document, SchemaLink schema, List<FindingRecord> findings, int basedOn);

  // ---------------------------------------------------------------- the contract's standing

  /**
   * Every contract's head (state, latest version), by id; contracts without a version are absent.
   */
  List<CatalogHead> heads();

  /** One contract's head; empty when it has no version. */
  Optional<CatalogHead> head(String contractId);

  /**
   * Creates the contract's row when absent and locks it until the unit of work ends; concurrent
   * publishers, retirements and deletions of one contract serialise here.
   */
  ContractState lock(String contractId);

  /** Marks the contract as declared by a contracts folder, in {@code file}. */
  void declare(String contractId, String file);

  /**
   * Hands every folder-managed contract not in {@code declared} back to the contract API.
   *
   * @return the ids released
   */
  List<String> releaseUndeclared(Set<String> declared);

  /** Records the retirement; false when it was already retired (the time stays the first one). */
  boolean retire(String contractId, OffsetDateTime at);

  /**
   * Deletes the contract's row and every version of it.
   *
   * @return the number of versions deleted
   */
  int delete(String contractId);
}
