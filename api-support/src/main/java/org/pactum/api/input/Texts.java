package org.pactum.api.input;

import org.pactum.api.InvalidInputException;

/**
 * Text every API takes: no NUL (PostgreSQL text cannot hold it) and no lone UTF-16 surrogate (it
 * cannot be stored or sent back unaltered). Parameters (path, query, header values) also refuse the
 * other control characters, which no id, name or time needs.
 */
public final class Texts {
  private static final int SHOWN = 60;

  private Texts() {}

  /** Refuses a body field's text that breaks the rule; null passes. */
  public static String check(String field, String value) {
    String problem = problem(value, false);
    if (problem != null) {
      throw InvalidInputException.field(field, "field '" + field + "' " + problem);
    }
    return value;
  }

  /** Refuses a parameter's text that breaks the stricter parameter rule; null passes. */
  public static String checkParameter(String kind, String name, String value) {
    String problem = problem(value, true);
    if (problem != null) {
      throw InvalidInputException.parameter(name, kind + " '" + name + "' " + problem);
    }
    return value;
  }

  /** What is wrong with the text, or null. */
  static String problem(String value, boolean parameter) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        return "contains a NUL character (U+0000) at position " + (i + 1);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return "contains a lone UTF-16 surrogate at position " + (i + 1);
      }
      if (Character.isLowSurrogate(c)) {
        return "contains a lone UTF-16 surrogate at position " + (i + 1);
      }
      if (parameter && (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
        return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
      }
    }
    return null;
  }

  /**
   * The text as a message may quote it: at most 60 characters, control characters and surrogates
   * written as {@code \\uXXXX}.
   *
   * <p>Not the CLI's {@code CliText.printable} (server), on purpose: this quotes a client's input
   * in an error message, short; the CLI's shows a server's whole answer on a terminal, longer, and
   * also escapes bidirectional controls, which a terminal would act on.
   */
  public static String printable(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    int n = Math.min(s.length(), SHOWN);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > SHOWN) {
      b.append('…');
    }
    return b.toString();
  }
}
