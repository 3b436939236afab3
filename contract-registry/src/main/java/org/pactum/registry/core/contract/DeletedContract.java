package org.pactum.registry.core.contract;

/**
 * What a permanent delete removed.
 *
 * @param versions catalog versions deleted
 * @param runs check runs of the contract deleted with their results (its quality history)
 */
public record DeletedContract(String contractId, int versions, int runs) {}
