package org.pactum.checks.core;

import java.util.Map;

/**
 * One measured metric of a run, kept as history for baselines.
 *
 * @param metric {@code row_count}, {@code null_rate}, {@code mean}, {@code histogram}...
 * @param column the column, or {@code ""} for table-level metrics
 * @param value the value (for histograms and frequency tables: the number of values counted)
 * @param detail structured detail (histogram edges and counts), or an empty map
 */
public record MetricObservation(
    String metric, String column, double value, Map<String, Object> detail) {
  public MetricObservation {
    column = column == null ? "" : column;
    detail = detail == null ? Map.of() : Map.copyOf(detail);
  }

  public MetricObservation(String metric, String column, double value) {
    this(metric, column, value, Map.of());
  }
}
