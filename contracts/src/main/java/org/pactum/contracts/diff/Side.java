package org.pactum.contracts.diff;

/** Which of the two compared contract files a {@link SemanticChange}'s position refers to. */
public enum Side {
  /** The earlier version: used for things that no longer exist in the new one. */
  BEFORE,
  /** The new version. */
  AFTER
}
