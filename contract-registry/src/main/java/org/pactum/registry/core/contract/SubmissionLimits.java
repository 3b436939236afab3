package org.pactum.registry.core.contract;

/**
 * How much a submitted contract may carry.
 *
 * @param maxFiles files besides the contract
 * @param maxBytes the contract and its files together, UTF-8
 */
public record SubmissionLimits(int maxFiles, long maxBytes) {
  public static final SubmissionLimits DEFAULT = new SubmissionLimits(256, 8L * 1024 * 1024);
}
