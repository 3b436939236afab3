package org.pactum.lineage.erasure.core;

/**
 * The result of re-walking the audit chain.
 *
 * @param events links checked
 * @param firstBrokenSeq the first link that does not verify, or null when the chain is intact
 * @param problem what is wrong with it, or null
 */
public record ChainVerification(long events, Long firstBrokenSeq, String problem) {
  public boolean valid() {
    return firstBrokenSeq == null;
  }
}
