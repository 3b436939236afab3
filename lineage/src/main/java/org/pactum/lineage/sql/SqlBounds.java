package org.pactum.lineage.sql;

import org.pactum.lineage.core.LineageException;

/**
 * What SQL the analyzer takes: at most {@link #MAX_CHARS} characters, parentheses nested at most
 * {@link #MAX_NESTING} deep and at most {@link #MAX_OPERATORS} operators in a row without one
 * (outside string literals, quoted names and comments). Deeper text would recurse the parser and
 * the analysis beyond any thread's stack; such SQL is refused with a 422 that says which bound it
 * broke, before it is parsed.
 */
final class SqlBounds {
  static final int MAX_CHARS = 512 * 1024;
  static final int MAX_NESTING = 200;
  static final int MAX_OPERATORS = 2_000;

  private SqlBounds() {}

  static void check(String sql) {
    if (sql.length() > MAX_CHARS) {
      throw LineageException.invalid(
          "sql is " + sql.length() + " characters; the limit is " + MAX_CHARS);
    }
    int depth = 0;
    int deepest = 0;
    int operators = 0;
    int mostOperators = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = closing(sql, i, c);
        continue;
      }
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
        continue;
      }
      if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        continue;
      }
      if (c == '(') {
        deepest = Math.max(deepest, ++depth);
        operators = 0;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
        operators = 0;
      } else if (c == '+' || c == '-' || c == '*' || c == '/' || c == '|' || c == '%') {
        mostOperators = Math.max(mostOperators, ++operators);
      } else if (c == ';' || c == ',') {
        operators = 0;
      }
      i++;
    }
    if (deepest > MAX_NESTING) {
      throw LineageException.invalid(
          "sql nests parentheses "
              + deepest
              + " deep; the limit is "
              + MAX_NESTING
              + " (split the statement, or use CTEs)");
    }
    if (mostOperators > MAX_OPERATORS) {
      throw LineageException.invalid(
          "sql chains "
              + mostOperators
              + " operators in one expression; the limit is "
              + MAX_OPERATORS);
    }
  }

  /** The index after the literal or quoted name opened at {@code start}. */
  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2; // an escaped quote
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
