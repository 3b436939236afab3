package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * API tokens as {@code pactum token …} prints them: never a secret (only {@code token create}
 * prints one, itself); every value from the server through {@link CliText#printable}.
 */
final class TokenPrinter {
  private static final String ROW = "%-24s %-9s %-20s %-8s %-21s %s%n";

  private TokenPrinter() {}

  /** Role, teams and expiry in a few words. */
  static String describe(JsonNode t) {
    List<String> parts = new ArrayList<>();
    parts.add("role " + t.path("role").asText());
    String teams = teams(t);
    if (!teams.isEmpty()) {
      parts.add("teams " + teams);
    }
    parts.add(
        t.hasNonNull("expires_at")
            ? "expires " + t.path("expires_at").asText()
            : "does not expire");
    return CliText.printable(String.join(", ", parts));
  }

  static void table(JsonNode tokens, PrintWriter out) {
    if (tokens.isEmpty()) {
      out.println("no API tokens");
      return;
    }
    out.printf(ROW, "NAME", "ROLE", "TEAMS", "STATE", "EXPIRES", "LAST USED");
    for (JsonNode t : tokens) {
      out.printf(
          ROW,
          CliText.printable(t.path("name").asText()),
          CliText.printable(t.path("role").asText()),
          CliText.printable(teams(t).isEmpty() ? "-" : teams(t)),
          CliText.printable(t.path("state").asText()),
          CliText.printable(t.hasNonNull("expires_at") ? t.path("expires_at").asText() : "never"),
          CliText.printable(
              t.hasNonNull("last_used_at") ? t.path("last_used_at").asText() : "never"));
    }
  }

  private static String teams(JsonNode t) {
    List<String> teams = new ArrayList<>();
    t.path("teams").forEach(x -> teams.add(x.asText()));
    return String.join(",", teams);
  }
}
