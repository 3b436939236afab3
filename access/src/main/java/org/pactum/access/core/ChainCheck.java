package org.pactum.access.core;

import java.util.Optional;

/**
 * What a walk of the audit chain found.
 *
 * @param checked how many links were read
 * @param firstBroken the first link that does not hold (empty: the chain is intact)
 * @param problem what is wrong with it
 */
public record ChainCheck(long checked, Optional<Long> firstBroken, Optional<String> problem) {
  public static ChainCheck intact(long checked) {
    return new ChainCheck(checked, Optional.empty(), Optional.empty());
  }

  public static ChainCheck broken(long checked, long seq, String problem) {
    return new ChainCheck(checked, Optional.of(seq), Optional.of(problem));
  }

  public boolean intact() {
    return firstBroken.isEmpty();
  }
}
