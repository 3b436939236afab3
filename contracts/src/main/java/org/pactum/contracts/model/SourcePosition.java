package org.pactum.contracts.model;

/**
 * A place in a contract file: 1-based line and column. Checks and other contract elements carry one
 * so that the check engine, the semantic diff and CI annotations can point at the contract line.
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

  /** Used when an element was not read from a file (built in code). */
  public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

  public static SourcePosition of(int line, int column) {
    return new SourcePosition(line, column);
  }

  public boolean known() {
    return line > 0;
  }

  @Override
  public int compareTo(SourcePosition o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
