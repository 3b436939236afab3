package org.pactum.alerts.core;

import java.util.Locale;

/** A signal's severity, as PagerDuty spells it. */
public enum Severity {
  CRITICAL,
  ERROR,
  WARNING,
  INFO;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code critical|error|warning|info} (any case); the field name goes in the error. */
  public static Severity parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required: critical, error, warning or info");
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " must be critical, error, warning or info, not '" + value + "'");
    }
  }
}
