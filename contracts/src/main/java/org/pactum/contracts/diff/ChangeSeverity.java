package org.pactum.contracts.diff;

import java.util.Locale;

/**
 * How much a {@link SemanticChange} matters to the contract's consumers. Declared from the most to
 * the least severe, so the natural order sorts errors first.
 */
public enum ChangeSeverity {
  /** A guarantee consumers may rely on was removed or weakened: breaks the build. */
  ERROR,
  /**
   * Consumers or producers should look: new values, new or stricter checks existing data may fail.
   */
  WARNING,
  /** Documentation and bookkeeping: descriptions, tags, added contacts. */
  INFO;

  /** Lower-case label used in formatted output ({@code error}, {@code warning}, {@code info}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
