package org.pactum.registry.core.contract;

/**
 * What other modules keep about a contract, forgotten when the contract is deleted for good. The
 * server adapts the check engine's result log to it; it runs in the deletion's unit of work.
 */
@FunctionalInterface
public interface ContractHistory {

  /** Keeps nothing: for a registry without a result log beside it. */
  ContractHistory NONE = contractId -> 0;

  /**
   * Deletes the contract's history.
   *
   * @return how many check runs were deleted
   */
  int forget(String contractId);
}
