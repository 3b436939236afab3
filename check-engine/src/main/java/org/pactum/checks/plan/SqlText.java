package org.pactum.checks.plan;

/** Lexical helpers for SQL text the engine did not write (custom checks, load scopes). */
public final class SqlText {
  private SqlText() {}

  /**
   * Whether the text is one statement: no {@code ;} outside string literals, quoted identifiers and
   * comments, except trailing ones.
   */
  public static boolean singleStatement(String sql) {
    boolean seenEnd = false;
    int n = sql.length();
    for (int i = 0; i < n; i++) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(sql, i, c);
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? n : nl;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 1;
      } else if (c == ';') {
        seenEnd = true;
      } else if (seenEnd && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the closing quote of the literal or identifier opened at {@code start}. */
  public static int skipQuoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return sql.length();
  }

  /** The text without trailing semicolons and whitespace. */
  public static String stripTrailingSemicolons(String sql) {
    String s = sql.strip();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }
}
