package org.pactum.contracts.problem;

import java.util.Locale;

/** How bad a {@link Problem} is: errors make a contract unusable, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** Lower-case label used in formatted output ({@code error}, {@code warning}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
