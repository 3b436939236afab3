package org.pactum.contracts.parse;

import org.pactum.contracts.model.SourcePosition;

/**
 * A scalar value as written ({@code text}, quotes removed) and how YAML resolved it.
 *
 * @param text the scalar's text; for {@link Kind#NULL} the literal ({@code ~}, {@code null} or
 *     empty)
 */
public record YamlScalar(String text, Kind kind, SourcePosition position) implements YamlNode {

  /** How YAML's core schema resolved the scalar. */
  public enum Kind {
    STRING("a string"),
    INTEGER("a number"),
    FLOAT("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  public boolean isNumber() {
    return kind == Kind.INTEGER || kind == Kind.FLOAT;
  }

  @Override
  public String describe() {
    return kind.description();
  }
}
