package org.pactum.registry.core;

import java.util.Locale;

/**
 * A version as a client writes it in a path: {@code 1 … 2^31-1}, or {@code latest} / {@code -1}.
 */
public record VersionId(int value) {
  public static final VersionId LATEST = new VersionId(-1);

  public VersionId {
    if (value <= 0 && value != -1) {
      throw invalid(Integer.toString(value));
    }
  }

  public static VersionId parse(String text) {
    if (text == null) {
      throw invalid("null");
    }
    String t = text.trim();
    if (t.toLowerCase(Locale.ROOT).equals("latest")) {
      return LATEST;
    }
    try {
      return new VersionId(Integer.parseInt(t));
    } catch (NumberFormatException e) {
      throw invalid(text);
    }
  }

  public boolean isLatest() {
    return value == -1;
  }

  private static InvalidVersionException invalid(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return new InvalidVersionException(
        "The specified version '"
            + SubjectNames.printable(shown)
            + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string"
            + " \"latest\"");
  }
}
