package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Silences as a table, like {@code amtool silence query}. */
final class SilencePrinter {
  private static final String ROW = "%-6s %-8s %-20s %-20s %-12s %-40s %s%n";

  private SilencePrinter() {}

  static void table(Iterable<JsonNode> silences, Instant now, PrintWriter out) {
    out.printf(ROW, "ID", "STATE", "STARTS", "ENDS", "CREATED BY", "MATCHERS", "COMMENT");
    for (JsonNode s : silences) {
      out.printf(
          ROW,
          s.path("id").asText(),
          state(s, now),
          time(s.path("starts_at")),
          time(s.path("ends_at")),
          s.path("created_by").asText(""),
          matchers(s.path("matchers")),
          s.path("comment").asText(""));
    }
    out.flush();
  }

  /** {@code active}, {@code expired} (ended at or before {@code now}) or {@code pending}. */
  static String state(JsonNode s, Instant now) {
    if (s.path("active").asBoolean()) {
      return "active";
    }
    Instant ends = instant(s.path("ends_at"));
    return ends != null && ends.isAfter(now) ? "pending" : "expired";
  }

  /**
   * A time of the API's answer: ISO-8601 text, or epoch seconds with a fraction (Jackson's default
   * for an {@link Instant}; shown to the millisecond); null when neither.
   */
  static Instant instant(JsonNode t) {
    if (t.isNumber()) {
      return Instant.ofEpochMilli(Math.round(t.doubleValue() * 1000));
    }
    try {
      return Instant.parse(t.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code 2026-03-02T11:00:00Z}, or the text as given when it is not a time. */
  static String time(JsonNode t) {
    Instant at = instant(t);
    return at == null ? t.asText("") : at.toString();
  }

  /** {@code contract=orders.* severity=critical,error}. */
  static String matchers(JsonNode m) {
    List<String> parts = new ArrayList<>();
    for (String key : List.of("contract", "check", "team", "dataset")) {
      if (m.hasNonNull(key)) {
        parts.add(key + "=" + m.path(key).asText());
      }
    }
    for (String key : List.of("severity", "tags")) {
      List<String> values = new ArrayList<>();
      m.path(key).forEach(v -> values.add(v.asText()));
      if (!values.isEmpty()) {
        parts.add(key + "=" + String.join(",", values));
      }
    }
    return String.join(" ", parts);
  }
}
