package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Column statistics a {@link MetricCheck} can watch, and the column types each applies to. */
public enum Metric {
  MEAN(Applies.NUMERIC),
  MEDIAN(Applies.NUMERIC),
  STDDEV(Applies.NUMERIC),
  SUM(Applies.NUMERIC),
  MIN(Applies.ORDERED),
  MAX(Applies.ORDERED),
  DISTINCT_COUNT(Applies.ANY_SCALAR),
  /** Non-null values beyond each value's first occurrence: non-null count − distinct count. */
  DUPLICATE_COUNT(Applies.ANY_SCALAR),
  AVG_LENGTH(Applies.TEXT),
  MIN_LENGTH(Applies.TEXT),
  MAX_LENGTH(Applies.TEXT);

  /** The column types a metric is defined on. */
  public enum Applies {
    /** Integer, decimal or floating-point columns. */
    NUMERIC,
    /** Numeric or temporal columns. */
    ORDERED,
    /** String columns. */
    TEXT,
    /** Any non-composite column. */
    ANY_SCALAR
  }

  /** Metrics that may be written as their own check key ({@code - mean: {column: amount}}). */
  public static final List<Metric> SHORTHANDS =
      List.of(MEAN, MEDIAN, STDDEV, SUM, DISTINCT_COUNT, DUPLICATE_COUNT, AVG_LENGTH);

  private final Applies applies;

  Metric(Applies applies) {
    this.applies = applies;
  }

  public Applies applies() {
    return applies;
  }

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Metric> parse(String text) {
    return Arrays.stream(values()).filter(m -> m.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(Metric::yamlName).toList();
  }
}
