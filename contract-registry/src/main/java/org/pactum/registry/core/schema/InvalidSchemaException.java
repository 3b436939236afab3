package org.pactum.registry.core.schema;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A schema text that cannot be parsed or linked: bad syntax, an unknown type, a missing import, or
 * input beyond the configured {@link ParseLimits}. The message is meant for the person who wrote
 * the schema; it never contains a stack trace.
 */
public final class InvalidSchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  public InvalidSchemaException(String message) {
    this(message, null, 0, 0, null);
  }

  public InvalidSchemaException(String message, Throwable cause) {
    this(message, null, 0, 0, cause);
  }

  /**
   * @param source the file or reference the error is in, or null when unknown
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   */
  public InvalidSchemaException(
      String message, String source, int line, int column, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** The file or reference name the error was found in, when known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
