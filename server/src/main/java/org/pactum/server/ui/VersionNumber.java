package org.pactum.server.ui;

import java.util.Locale;
import java.util.OptionalInt;

/** A version number in a path or query: {@code 1}, {@code 2}, … or {@code latest}. */
final class VersionNumber {
  /** What {@code latest} (or an absent value, where allowed) parses to. */
  static final int LATEST = -1;

  private VersionNumber() {}

  /**
   * @param latestAllowed whether {@code latest} and an absent value (both {@link #LATEST}) are
   * @return the number, or empty when the text is not one
   */
  static OptionalInt parse(String text, boolean latestAllowed) {
    if (text == null || text.isBlank()) {
      return latestAllowed ? OptionalInt.of(LATEST) : OptionalInt.empty();
    }
    String t = text.trim();
    if (latestAllowed && t.toLowerCase(Locale.ROOT).equals("latest")) {
      return OptionalInt.of(LATEST);
    }
    if (t.length() > 9 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(t);
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /** Why a text is not a version number, quoting at most 20 printable characters of it. */
  static String refusal(String name, String text) {
    String t = text == null ? "" : text.trim();
    String shown = t.length() > 20 ? t.substring(0, 20) + "…" : t;
    return "'"
        + shown.replaceAll("\\p{Cntrl}", "?")
        + "' is not a version for '"
        + name
        + "': expected 1, 2, …"
        + (name.equals("version") ? "" : " or latest");
  }
}
