package org.pactum.registry.core.contract;

/**
 * Asked by {@link ContractService#publish} once the submitted contract has linted, before anything
 * is checked against the registry or stored: may this contract id be published with this owner
 * team? It refuses by throwing (the API's: {@link Ownership#mayPublish} for the caller).
 */
@FunctionalInterface
public interface PublishGuard {
  /** A server-side publisher (a contracts folder): no caller to ask about. */
  PublishGuard NONE = (contractId, ownerTeam) -> {};

  /**
   * @param ownerTeam the submitted version's {@code owner.team}, or null when it names none
   */
  void check(String contractId, String ownerTeam);
}
