package org.pactum.registry.core.gate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the CI gate reports about a contract change.
 *
 * @param rule a stable identifier: an incompatibility type ({@code
 *     READER_FIELD_MISSING_DEFAULT_VALUE}, {@code FIELD_SCALAR_KIND_CHANGED}), a semantic change
 *     kind, or a lint code
 * @param file the file the line refers to: the contract, or its schema file
 * @param line 1-based; 1 when the position is unknown
 * @param column 1-based; 1 when unknown
 * @param path the field or check concerned ({@code Order.coupon}, {@code range(amount)})
 * @param fix how to make the change pass, or empty
 */
public record GateFinding(
    FindingSeverity severity,
    String rule,
    Path file,
    int line,
    int column,
    String path,
    String message,
    String fix) {

  public static final Comparator<GateFinding> ORDER =
      Comparator.comparing((GateFinding f) -> f.file().toString())
          .thenComparingInt(GateFinding::line)
          .thenComparingInt(GateFinding::column)
          .thenComparing(GateFinding::severity)
          .thenComparing(GateFinding::rule);

  public GateFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    line = Math.max(1, line);
    column = Math.max(1, column);
    path = path == null ? "" : path;
    fix = fix == null ? "" : fix;
  }

  public boolean isError() {
    return severity == FindingSeverity.ERROR;
  }
}
