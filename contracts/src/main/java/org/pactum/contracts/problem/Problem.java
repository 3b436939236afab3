package org.pactum.contracts.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a contract or its schema, located in a file.
 *
 * @param file the file the problem is in (the contract, or the schema file it names)
 * @param line 1-based line
 * @param column 1-based column
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}
 * @param code a stable, kebab-case identifier of the rule (e.g. {@code unknown-key}); see the
 *     module README for the list
 * @param message what is wrong and, where possible, what was expected
 */
public record Problem(
    Path file, int line, int column, Severity severity, String code, String message)
    implements Comparable<Problem> {

  /** File, then line, then column, then errors before warnings, then code and message. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.file().toString())
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::code)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    line = Math.max(line, 1);
    column = Math.max(column, 1);
  }

  public static Problem error(Path file, int line, int column, String code, String message) {
    return new Problem(file, line, column, Severity.ERROR, code, message);
  }

  public static Problem warning(Path file, int line, int column, String code, String message) {
    return new Problem(file, line, column, Severity.WARNING, code, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: message} — the shape compilers use, which editors and CI understand. */
  public String format() {
    return file + ":" + line + ":" + column + ": " + message;
  }

  /** {@code file:line:col: error: message [code]}. */
  public String formatWithSeverity() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + severity.label()
        + ": "
        + message
        + " ["
        + code
        + "]";
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return formatWithSeverity();
  }
}
