package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Validation and quoting of SQL identifiers that come from contracts. */
public final class Identifiers {
  /** PostgreSQL's NAMEDATALEN - 1; DuckDB allows longer names but nobody needs them. */
  public static final int MAX_LENGTH = 63;

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private Identifiers() {}

  /**
   * Quotes an identifier for SQL, doubling embedded quotes. Any printable text is a valid quoted
   * identifier; empty names, control characters and over-long names are rejected.
   */
  public static String quote(String identifier) {
    validate(identifier);
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  public static void validate(String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      throw new InvalidReferenceException("an identifier must not be empty");
    }
    if (identifier.codePointCount(0, identifier.length()) > MAX_LENGTH) {
      throw new InvalidReferenceException(
          "identifier '"
              + abbreviate(identifier)
              + "' is longer than "
              + MAX_LENGTH
              + " characters");
    }
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (Character.isISOControl(c) || c == '\u0000') {
        throw new InvalidReferenceException(
            "identifier '" + abbreviate(identifier) + "' contains a control character");
      }
    }
  }

  /**
   * Rejects a missing contract {@code dataset.table}.
   *
   * @throws InvalidReferenceException naming the contract field
   */
  static void requireTableName(String tableField) {
    if (tableField == null || tableField.isBlank()) {
      throw new InvalidReferenceException("dataset.table: missing table name");
    }
  }

  /** Splits a qualified name (see {@link #splitQualified}) and quotes each part, joined by dots. */
  static String quoteQualified(String text, String field) {
    return String.join(".", splitQualified(text, field).stream().map(Identifiers::quote).toList());
  }

  /**
   * Splits a qualified name into parts: plain identifiers, or double-quoted ones with {@code ""}
   * for a quote ({@code "my schema"."Order ""items"""}).
   *
   * @throws InvalidReferenceException when the text is not 1–3 dot-separated identifiers
   */
  public static List<String> splitQualified(String text, String field) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (true) {
      if (i < n && text.charAt(i) == '"') {
        StringBuilder part = new StringBuilder();
        i++;
        boolean closed = false;
        while (i < n) {
          char c = text.charAt(i);
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              part.append('"');
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          part.append(c);
          i++;
        }
        if (!closed) {
          throw bad(text, field, "an unclosed quoted identifier");
        }
        validate(part.toString());
        parts.add(part.toString());
      } else {
        int start = i;
        while (i < n && text.charAt(i) != '.') {
          i++;
        }
        String part = text.substring(start, i);
        if (!PLAIN.matcher(part).matches()) {
          throw bad(text, field, "'" + abbreviate(part) + "' is not a plain identifier");
        }
        parts.add(part);
      }
      if (i == n) {
        break;
      }
      if (text.charAt(i) != '.') {
        throw bad(text, field, "unexpected text after a quoted identifier");
      }
      i++;
    }
    if (parts.size() > 3) {
      throw bad(text, field, "more than three parts (catalog.schema.table)");
    }
    return parts;
  }

  private static InvalidReferenceException bad(String text, String field, String why) {
    return new InvalidReferenceException(
        field
            + ": '"
            + abbreviate(text)
            + "' is not a table reference ("
            + why
            + "); expected table, schema.table or catalog.schema.table");
  }

  static String abbreviate(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 77) + "..." : clean;
  }
}
