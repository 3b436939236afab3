package org.pactum.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Text from a server made safe for a terminal: control characters (C0, DEL, C1 — so no ANSI escape
 * sequence), line and paragraph separators, bidirectional overrides and surrogates are written as
 * {@code \\uXXXX}, whether printed as text or as JSON.
 *
 * <p>Not api-support's {@code Texts.printable}, on purpose: that one quotes a client's input inside
 * an HTTP error message (60 characters, {@code null} shown as "null", bidi marks kept since a JSON
 * body is not a terminal); this one shows a server's answer on a terminal (2000 characters, null as
 * nothing, and the bidirectional controls escaped too, so no "Trojan Source" reordering), and also
 * writes whole JSON documents with the same escapes.
 */
final class CliText {
  private static final int SHOWN = 2000;

  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static {
    PRETTY.getFactory().setCharacterEscapes(new TerminalEscapes());
  }

  private CliText() {}

  /** The text with unsafe characters escaped, at most 2000 characters (then {@code …}). */
  static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int n = Math.min(s.length(), SHOWN);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
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

  /** The JSON indented, with unsafe characters in its strings written as JSON escapes. */
  static String prettyJson(JsonNode json) {
    try {
      return PRETTY.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static boolean unsafe(char c) {
    return Character.isISOControl(c)
        || Character.isSurrogate(c)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069';
  }

  /** JSON's standard escapes, plus DEL and every unsafe non-ASCII character. */
  private static final class TerminalEscapes extends CharacterEscapes {
    private final int[] ascii;

    TerminalEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return unsafe((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
