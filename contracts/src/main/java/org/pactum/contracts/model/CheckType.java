package org.pactum.contracts.model;

import java.util.Locale;

/** The kinds of check, by the key that introduces them in a contract's {@code checks:} list. */
public enum CheckType {
  ROW_COUNT,
  NOT_NULL,
  UNIQUE,
  RANGE,
  ACCEPTED_VALUES,
  REGEX,
  NULL_RATE,
  /** Column statistics: {@code mean}, {@code stddev}, {@code sum}... (see {@link Metric}). */
  METRIC,
  DRIFT,
  FRESHNESS,
  SQL;

  /** The YAML key, e.g. {@code accepted_values}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether each row passes or fails on its own; such checks take {@code mostly} and their {@code
   * warn}/{@code fail} limits are fractions of failing rows.
   */
  public boolean rowLevel() {
    return switch (this) {
      case NOT_NULL, UNIQUE, RANGE, ACCEPTED_VALUES, REGEX -> true;
      default -> false;
    };
  }
}
