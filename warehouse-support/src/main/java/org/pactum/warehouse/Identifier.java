package org.pactum.warehouse;

import java.util.Optional;

/**
 * One SQL identifier from a contract — a column, a nested field, one part of a table name — as the
 * database stores it: validated when made, written to SQL only {@link #quoted() quoted}.
 *
 * @param name the name, without quotes (a quote in it is just a character of the name)
 * @throws InvalidIdentifierException when the name is empty, longer than {@value #MAX_BYTES} bytes
 *     in UTF-8, or holds a character no name needs (see {@link #refused})
 */
public record Identifier(String name) {
  /** PostgreSQL's {@code NAMEDATALEN - 1}, in bytes: longer names are silently truncated. */
  public static final int MAX_BYTES = 63;

  private static final int SHOWN = 80;

  public Identifier {
    Optional<String> problem = problem(name);
    if (problem.isPresent()) {
      throw new InvalidIdentifierException(problem.get());
    }
  }

  /** The identifier as SQL writes it: {@code "name"}, each {@code "} doubled. */
  public String quoted() {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code name} validated and quoted: {@code new Identifier(name).quoted()}. */
  public static String quote(String name) {
    return new Identifier(name).quoted();
  }

  public static boolean isValid(String name) {
    return problem(name).isEmpty();
  }

  /** Why the rules refuse {@code name}, or empty when they accept it. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("an identifier must not be empty");
    }
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (refused(cp)) {
        return Optional.of(
            "identifier '"
                + printable(name)
                + "' contains "
                + (Character.getType(cp) == Character.CONTROL
                    ? "a control character"
                    : Character.getType(cp) == Character.SURROGATE
                        ? "a lone UTF-16 surrogate"
                        : "an invisible formatting or line-separating character")
                + String.format(" (U+%04X)", cp));
      }
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
    }
    if (bytes > MAX_BYTES) {
      return Optional.of(
          "identifier '"
              + printable(name)
              + "' is longer than "
              + MAX_BYTES
              + " bytes (UTF-8: "
              + bytes
              + ")");
    }
    return Optional.empty();
  }

  /**
   * Whether no identifier may hold the code point: control characters (C0, DEL, C1), line and
   * paragraph separators, invisible formatting characters (bidirectional overrides and isolates,
   * zero-width characters, byte-order marks, soft hyphens) and lone surrogates. None makes quoting
   * unsafe; they make a name print differently from what it is, in logs, messages and the UI.
   */
  public static boolean refused(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }

  /**
   * Text from a contract as a message may quote it: every {@link #refused} character shown as
   * {@code ?}, at most {@value #SHOWN} characters.
   */
  public static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.appendCodePoint(refused(cp) ? '?' : cp));
    String clean = out.toString();
    if (clean.codePointCount(0, clean.length()) <= SHOWN) {
      return clean;
    }
    return clean.substring(0, clean.offsetByCodePoints(0, SHOWN - 3)) + "...";
  }
}
