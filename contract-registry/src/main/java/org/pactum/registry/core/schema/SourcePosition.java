package org.pactum.registry.core.schema;

/**
 * Where in a schema file an element is declared, for tools that print {@code file:line:column}.
 *
 * @param file the file or reference name
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 */
public record SourcePosition(String file, int line, int column) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
  }
}
