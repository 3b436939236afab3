package org.pactum.checks.plan;

/** The statements a {@link ScanPlan} may hold. */
public enum QueryKind {
  /** The one aggregate scan that serves every check it can. */
  FUSED,
  /**
   * Distinct counts and medians on databases where they would stop the fused scan from running in
   * parallel (PostgreSQL); one statement for all of them.
   */
  SERIAL_AGGREGATES,
  /**
   * One column's distinct count as {@code select count(*) from (select c … group by c)}, where the
   * dialect runs that as a parallel hash aggregate (PostgreSQL).
   */
  DISTINCT_COUNT,
  /** Duplicate keys of a multi-column {@code unique}: {@code group by … having count(*) > 1}. */
  DUPLICATE_KEYS,
  /** A numeric drift reference histogram when no baseline gives the bins yet. */
  HISTOGRAM,
  /**
   * Up to {@code driftSampleSize} raw non-null, finite values of a {@code ks} drift check's column,
   * sampled within the run's scope; built after the fused scan, whose row count sizes the sample.
   */
  SAMPLE_VALUES,
  /** A categorical frequency table for drift. */
  FREQUENCIES,
  /** A contract's own {@code sql} check, read-only with a timeout. */
  CUSTOM_SQL,
  /** Failed-row samples of a failing row-level check. */
  SAMPLE
}
