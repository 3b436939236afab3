package org.pactum.api.input;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.pactum.api.InvalidInputException;

/**
 * Times every API takes: ISO-8601 with a zone ({@code 2026-03-02T09:00:00Z}, {@code
 * 2026-03-02T10:00:00+01:00}), years 1–9999 (inside PostgreSQL's {@code timestamptz} range, and
 * never stored as {@code ±infinity}).
 */
public final class Timestamps {
  /** The earliest time taken: 0001-01-01T00:00:00Z. */
  public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest time taken: 9999-12-31T23:59:59.999999Z. */
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

  private Timestamps() {}

  /** Parses a body field's time; null or blank → null. */
  public static Instant parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Texts.check(field, text);
    Instant at;
    try {
      at = Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      try {
        at = OffsetDateTime.parse(text.trim()).toInstant();
      } catch (DateTimeParseException e2) {
        throw InvalidInputException.field(
            field,
            "field '"
                + field
                + "' must be an ISO-8601 time with a zone, e.g. 2026-03-02T09:00:00Z; got '"
                + Texts.printable(text)
                + "'");
      }
    }
    return check(field, at);
  }

  /** Refuses a time outside years 1–9999; null passes. */
  public static Instant check(String field, Instant at) {
    if (at != null && (at.isBefore(MIN) || at.isAfter(MAX))) {
      throw InvalidInputException.field(
          field, "field '" + field + "' must be a time in the years 1 to 9999; got " + at);
    }
    return at;
  }
}
