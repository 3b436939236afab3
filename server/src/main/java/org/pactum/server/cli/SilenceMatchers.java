package org.pactum.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * {@code --matcher key=value} options as the silences API's {@code matchers} object: {@code
 * contract}, {@code check}, {@code team}, {@code dataset} (each once; globs where the API allows
 * them), {@code severity} and {@code tag} (repeatable; a comma separates several values).
 */
final class SilenceMatchers {
  private static final List<String> SINGLE = List.of("contract", "check", "team", "dataset");

  private SilenceMatchers() {}

  /**
   * @throws IllegalArgumentException naming the bad matcher
   */
  static ObjectNode parse(List<String> matchers) {
    ObjectNode out = PactumServerClient.JSON.createObjectNode();
    if (matchers == null || matchers.isEmpty()) {
      throw new IllegalArgumentException(
          "--matcher: at least one is required, e.g. --matcher contract=orders.*");
    }
    for (String m : matchers) {
      int eq = m.indexOf('=');
      String key = eq < 0 ? "" : m.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : m.substring(eq + 1).trim();
      if (key.isEmpty() || value.isEmpty()) {
        throw new IllegalArgumentException(
            "--matcher must be KEY=VALUE (e.g. contract=orders.*), not '" + m + "'");
      }
      if (SINGLE.contains(key)) {
        if (out.has(key)) {
          throw new IllegalArgumentException("--matcher " + key + " is given twice");
        }
        out.put(key, value);
      } else if (key.equals("severity") || key.equals("tag") || key.equals("tags")) {
        ArrayNode list = out.withArray(key.equals("severity") ? "/severity" : "/tags");
        for (String v : value.split(",")) {
          if (!v.isBlank()) {
            list.add(v.trim());
          }
        }
      } else {
        throw new IllegalArgumentException(
            "--matcher key must be contract, check, team, severity, dataset or tag, not '"
                + key
                + "'");
      }
    }
    return out;
  }
}
