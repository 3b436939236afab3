package org.pactum.checks.core;

/**
 * What one column of a planned statement measures.
 *
 * @param metric {@code row_count}, {@code null_count}, {@code mean}, {@code violations}...
 * @param column the contract's column name, or {@code ""} for table-level metrics
 * @param check the check a check-specific metric belongs to (violation counts, histogram bins), or
 *     {@code ""} when any check on the column may share it
 */
public record MetricKey(String metric, String column, String check) {
  public static final String NON_FINITE = "non_finite";

  public static MetricKey table(String metric) {
    return new MetricKey(metric, "", "");
  }

  public static MetricKey column(String metric, String column) {
    return new MetricKey(metric, column, "");
  }

  public static MetricKey ofCheck(String metric, String checkName) {
    return new MetricKey(metric, "", checkName);
  }

  public static final MetricKey ROW_COUNT = table("row_count");

  public static MetricKey nullCount(String column) {
    return column("null_count", column);
  }

  public static MetricKey nonNullCount(String column) {
    return column("non_null_count", column);
  }

  public static MetricKey distinctCount(String column) {
    return column("distinct_count", column);
  }

  /**
   * Greater than zero when a column holds NaN or ±Infinity: the fused scan's probe (see
   * Dialect#nonFiniteProbe).
   */
  public static MetricKey nonFinite(String column) {
    return column(NON_FINITE, column);
  }

  public static MetricKey newestEpoch(String column) {
    return column("newest_epoch_seconds", column);
  }

  public static MetricKey violations(String check) {
    return ofCheck("violations", check);
  }

  public static MetricKey keyRows(String check) {
    return ofCheck("key_rows", check);
  }

  public static MetricKey duplicateRows(String check) {
    return ofCheck("duplicate_rows", check);
  }

  public static MetricKey duplicateKeys(String check) {
    return ofCheck("duplicate_keys", check);
  }

  public static MetricKey bin(String check, int index) {
    return ofCheck("bin_" + index, check);
  }

  /** Whether the metric describes the data itself (kept as history), not one check's logic. */
  public boolean dataMetric() {
    return check.isEmpty();
  }
}
