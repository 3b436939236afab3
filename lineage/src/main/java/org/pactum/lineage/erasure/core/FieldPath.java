package org.pactum.lineage.erasure.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pactum.warehouse.Identifier;
import org.pactum.warehouse.InvalidIdentifierException;

/**
 * A PII field as a contract names it: a column ({@code email}), or a dotted path to a key inside a
 * jsonb column ({@code card.last4}). Every part is an {@link Identifier} by the rules erasure
 * shares with the check engine; a dot always separates parts, so a column whose own name holds a
 * dot is not a PII field (nor a key column).
 *
 * @param column the column
 * @param keys the jsonb keys inside it, outermost first; empty for the column itself
 */
public record FieldPath(Identifier column, List<Identifier> keys) {
  public FieldPath {
    keys = List.copyOf(keys);
  }

  /**
   * Parses a field.
   *
   * @throws InvalidIdentifierException when a part is empty or refused by the identifier rules
   */
  public static FieldPath parse(String field) {
    if (field == null) {
      throw new InvalidIdentifierException("an identifier must not be empty");
    }
    List<Identifier> parts = new ArrayList<>();
    for (String part : field.split("\\.", -1)) {
      parts.add(new Identifier(part));
    }
    return new FieldPath(parts.get(0), parts.subList(1, parts.size()));
  }

  public static boolean isValid(String field) {
    try {
      parse(field);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /** Whether {@code name} is a valid column by itself: no jsonb path. */
  public static boolean isColumn(String name) {
    return isValid(name) && !parse(name).nested();
  }

  /**
   * A column by itself (a key column), quoted.
   *
   * @throws InvalidIdentifierException when it is refused or is a dotted path
   */
  public static String quotedColumn(String name) {
    FieldPath path = parse(name);
    if (path.nested()) {
      throw new InvalidIdentifierException("a column, not a dotted path, was expected");
    }
    return path.columnSql();
  }

  public boolean nested() {
    return !keys.isEmpty();
  }

  /** The column, quoted: {@code "card"}. */
  public String columnSql() {
    return column.quoted();
  }

  /**
   * The jsonb path as a text array of escape-string literals, {@code array[E'last4']}, for {@code
   * jsonb_set} and {@code #>>}; only for a {@link #nested} field. Each key is written with {@code
   * \} and {@code '} escaped in an {@code E'…'} literal, which PostgreSQL reads the same way
   * whatever {@code standard_conforming_strings} says; the identifier rules keep control characters
   * out.
   */
  public String pathSql() {
    if (!nested()) {
      throw new IllegalStateException("a top-level column has no jsonb path");
    }
    return keys.stream()
        .map(k -> "E'" + k.name().replace("\\", "\\\\").replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "array[", "]"));
  }
}
