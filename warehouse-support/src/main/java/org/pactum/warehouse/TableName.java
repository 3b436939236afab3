package org.pactum.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A contract's {@code dataset.table}: {@code table}, {@code schema.table} or {@code
 * catalog.schema.table}, each part plain ({@code [A-Za-z_][A-Za-z0-9_$]*}) or double-quoted ({@code
 * "my schema"."Order ""items"""}) and an {@link Identifier}. Written to SQL with every part quoted.
 *
 * @param parts one to three identifiers, outermost first
 */
public record TableName(List<Identifier> parts) {
  public static final int MAX_PARTS = 3;

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  public TableName {
    parts = List.copyOf(parts);
    if (parts.isEmpty() || parts.size() > MAX_PARTS) {
      throw new IllegalArgumentException("a table name has one to three parts");
    }
  }

  /**
   * Parses a table name; characters up to U+0020 around it are ignored.
   *
   * @throws InvalidIdentifierException saying what is wrong
   */
  public static TableName parse(String text) {
    String t = text == null ? "" : text.trim();
    List<Identifier> parts = new ArrayList<>();
    int i = 0;
    int n = t.length();
    while (true) {
      if (parts.size() == MAX_PARTS) {
        throw bad(t, "more than three parts (catalog.schema.table)");
      }
      if (i < n && t.charAt(i) == '"') {
        StringBuilder part = new StringBuilder();
        i++;
        boolean closed = false;
        while (i < n) {
          char c = t.charAt(i);
          if (c == '"') {
            if (i + 1 < n && t.charAt(i + 1) == '"') {
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
          throw bad(t, "an unclosed quoted identifier");
        }
        parts.add(new Identifier(part.toString()));
      } else {
        int start = i;
        while (i < n && t.charAt(i) != '.') {
          i++;
        }
        String part = t.substring(start, i);
        if (!PLAIN.matcher(part).matches()) {
          throw bad(
              t,
              "'"
                  + Identifier.printable(part)
                  + "' is neither a plain identifier nor a double-quoted one");
        }
        parts.add(new Identifier(part));
      }
      if (i == n) {
        return new TableName(parts);
      }
      if (t.charAt(i) != '.') {
        throw bad(t, "unexpected text after a quoted identifier");
      }
      i++;
    }
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /** {@code "schema"."table"}: every part quoted, joined by dots. */
  public String quoted() {
    return parts.stream().map(Identifier::quoted).collect(Collectors.joining("."));
  }

  private static InvalidIdentifierException bad(String text, String why) {
    return new InvalidIdentifierException(
        "'"
            + Identifier.printable(text)
            + "' is not a table reference ("
            + why
            + "); expected table, schema.table or catalog.schema.table");
  }
}
