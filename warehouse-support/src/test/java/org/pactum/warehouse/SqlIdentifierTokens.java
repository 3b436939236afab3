package org.pactum.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An independent reader of what the rules write: SQL that must be nothing but double-quoted
 * identifiers joined by single dots. Returns the identifiers' names, or empty when anything else
 * appears (a character outside quotes, an unclosed quote, two dots, a trailing dot).
 */
final class SqlIdentifierTokens {
  private SqlIdentifierTokens() {}

  static Optional<List<String>> read(String sql) {
    List<String> names = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (true) {
      if (i >= n || sql.charAt(i) != '"') {
        return Optional.empty();
      }
      i++;
      StringBuilder name = new StringBuilder();
      while (true) {
        if (i >= n) {
          return Optional.empty(); // unclosed
        }
        char c = sql.charAt(i++);
        if (c != '"') {
          name.append(c);
        } else if (i < n && sql.charAt(i) == '"') {
          name.append('"');
          i++;
        } else {
          break;
        }
      }
      names.add(name.toString());
      if (i == n) {
        return Optional.of(names);
      }
      if (sql.charAt(i++) != '.') {
        return Optional.empty();
      }
    }
  }

  /** The text outside double-quoted parts ({@code ""} inside quotes is a quote). */
  static String outsideQuotes(String text) {
    StringBuilder out = new StringBuilder();
    boolean inside = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (inside && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
        } else {
          inside = !inside;
        }
      } else if (!inside) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
