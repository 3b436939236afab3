package org.pactum.streams.core.window;

import java.util.Locale;
import java.util.Objects;
import org.pactum.streams.core.ErrorClass;

/**
 * One count a window keeps, named like the check engine's measurements ({@code metric}, {@code
 * column}, {@code check}): {@code row_count}, {@code null_count} of a column, {@code violations} of
 * a check… and the stream's own ({@code records}, {@code dead_lettered}, {@code undecodable} by
 * reason).
 *
 * @param metric what is counted
 * @param column the column counted, or {@code ""}
 * @param check the check counted, or {@code ""}
 */
public record Counter(String metric, String column, String check) {
  /** Every record read, decoded or not. */
  public static final Counter RECORDS = stream("records");

  /** Records that went to the valid topic. */
  public static final Counter PASSED = stream("passed");

  /** Records that went to the dead-letter topic. */
  public static final Counter DEAD_LETTERED = stream("dead_lettered");

  /** Records of an erased subject, dropped before the valid topic. */
  public static final Counter ERASED = stream("erased");

  /** Decoded records: the rows the contract's checks judge. */
  public static final Counter ROW_COUNT = new Counter("row_count", "", "");

  /** A prefix no measurement of the check engine uses. */
  public static final String STREAM_PREFIX = "stream_";

  public Counter {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(check, "check");
    if (metric.isEmpty() || metric.contains("|")) {
      throw new IllegalArgumentException("a counter's metric is a plain name: '" + metric + "'");
    }
  }

  static Counter stream(String name) {
    return new Counter(STREAM_PREFIX + name, "", "");
  }

  /** Records refused before their payload was decoded, by reason. */
  public static Counter undecodable(ErrorClass reason) {
    return stream("undecodable_" + reason.name().toLowerCase(Locale.ROOT));
  }

  public static Counter nullCount(String column) {
    return new Counter("null_count", column, "");
  }

  public static Counter nonNullCount(String column) {
    return new Counter("non_null_count", column, "");
  }

  public static Counter violations(String check) {
    return new Counter("violations", "", check);
  }

  /** Whether this is the stream's own count, not a measurement the check engine judges. */
  public boolean streamOnly() {
    return metric.startsWith(STREAM_PREFIX);
  }

  /** {@code metric|column|check}: the form a tally is written in. */
  public String text() {
    return metric + "|" + column + "|" + check;
  }

  /** The counter of {@link #text()}. */
  public static Counter parse(String text) {
    String[] parts = text.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a counter: '" + text + "'");
    }
    return new Counter(parts[0], parts[1], parts[2]);
  }
}
