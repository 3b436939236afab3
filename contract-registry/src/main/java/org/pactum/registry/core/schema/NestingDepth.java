package org.pactum.registry.core.schema;

/**
 * A lexical pre-check of nesting depth, run before any recursive parser sees untrusted text. It
 * scans characters only (skipping strings and comments), so it cannot itself overflow the stack.
 */
public final class NestingDepth {

  private NestingDepth() {}

  /** Rejects JSON nested deeper than {@code limit} objects/arrays. */
  public static void checkJson(String text, int limit, String source) {
    int depth = 0;
    int line = 1;
    int column = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      column++;
      if (c == '\n') {
        line++;
        column = 0;
      }
      if (inString) {
        if (c == '\\') {
          i++;
          column++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> inString = true;
        case '{', '[' -> {
          if (++depth > limit) {
            throw tooDeep(limit, source, line, column);
          }
        }
        case '}', ']' -> depth = Math.max(0, depth - 1);
        default -> {}
      }
    }
  }

  /** Rejects a .proto text whose braces nest deeper than {@code limit}. */
  public static void checkProto(String text, int limit, String source) {
    int depth = 0;
    int line = 1;
    int column = 0;
    char quote = 0;
    boolean lineComment = false;
    boolean blockComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      column++;
      if (c == '\n') {
        line++;
        column = 0;
        lineComment = false;
        continue;
      }
      if (lineComment) {
        continue;
      }
      if (blockComment) {
        if (c == '*' && next == '/') {
          blockComment = false;
          i++;
          column++;
        }
        continue;
      }
      if (quote != 0) {
        if (c == '\\') {
          i++;
          column++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '/' && next == '/') {
        lineComment = true;
      } else if (c == '/' && next == '*') {
        blockComment = true;
        i++;
        column++;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{') {
        if (++depth > limit) {
          throw tooDeep(limit, source, line, column);
        }
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  private static InvalidSchemaException tooDeep(int limit, String source, int line, int column) {
    return new InvalidSchemaException(
        source
            + ":"
            + line
            + ":"
            + column
            + ": schema nests deeper than "
            + limit
            + " levels; flatten it or raise the nesting limit",
        source,
        line,
        column,
        null);
  }
}
