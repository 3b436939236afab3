package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;

/**
 * Compiles {@code drift} checks: bin counts in the fused scan against the baseline's bins, a
 * reference histogram or a categorical frequency table as their own statements, and the value
 * sample of {@code ks} checks.
 */
final class DriftCompiler {
  private final Dialect dialect;
  private final EngineSettings settings;

  DriftCompiler(Dialect dialect, EngineSettings settings) {
    this.dialect = dialect;
    this.settings = settings;
  }

  /** Whether a drift check compares category frequencies rather than binned numbers. */
  static boolean categorical(DriftCheck check, ColumnInfo column) {
    return check.method() == DriftMethod.CHI_SQUARED
        || !(column.kind().numeric() || column.kind().temporal());
  }

  /**
   * Whether a drift check compares raw value samples (two-sample Kolmogorov–Smirnov): {@code ks} on
   * a numeric or temporal column.
   */
  static boolean samplesValues(DriftCheck check, ColumnInfo column) {
    return check.method() == DriftMethod.KS && !categorical(check, column);
  }

  /**
   * The {@code SAMPLE_VALUES} statement of a {@code ks} drift check: up to {@code driftSampleSize}
   * non-null, finite values of the column (temporal: epoch seconds) within the scope, picked at
   * random by the dialect's cheapest fair sampling for a scope of {@code scopeRows} rows (the fused
   * scan's row count; -1 if unknown).
   */
  PlannedQuery sampleValues(ResolvedCheck rc, TableRef table, Fragment scope, long scopeRows) {
    BoundSql sql =
        dialect.sampleValues(
            table.sql(),
            driftValue(rc.column()),
            scope == null ? null : scope.sql(),
            scope == null ? List.of() : scope.params(),
            scopeRows,
            settings.driftSampleSize());
    return new PlannedQuery(
        QueryKind.SAMPLE_VALUES, List.of(rc.name()), sql.sql(), sql.params(), List.of());
  }

  /** The numeric value drift bins: the column, or epoch seconds for temporal columns. */
  private String driftValue(ColumnInfo column) {
    String col = dialect.column(column);
    return column.kind().temporal() ? dialect.epochSeconds(col) : dialect.asDouble(col);
  }

  /**
   * A drift check: a frequency table (categorical), nothing yet for {@code ks} but the column's
   * non-null count in the fused scan (its sample is built after the scan), and for binned numbers
   * either a count per reference bin in the fused scan or, with no reference yet, a histogram
   * query.
   *
   * @param nonNullCount the fused scan's expression counting the column's non-null values
   */
  void compile(
      ResolvedCheck rc,
      DriftCheck c,
      TableRef table,
      Fragment scope,
      AggregateList fused,
      List<PlannedQuery> separate,
      Histogram bins,
      Fragment nonNullCount) {
    ColumnInfo column = rc.column();
    if (categorical(c, column)) {
      separate.add(frequencies(rc, table, scope));
      return;
    }
    String x = driftValue(column);
    if (samplesValues(c, column)) {
      // ks: its value sample is built after the fused scan (sampleValues), sized by this count
      fused.add(MetricKey.nonNullCount(c.column()), nonNullCount);
      fused.feeds(rc.name());
    }
    if (bins == null) {
      if (!samplesValues(c, column)) {
        separate.add(histogram(rc, c, x, table, scope));
      }
      return;
    }
    String finite = finiteAnd(x);
    List<Double> e = bins.edges();
    int n = bins.binCount();
    for (int i = 0; i < n; i++) {
      Fragment bin;
      if (n == 1) {
        bin = Fragment.of(x + " is not null" + finite);
      } else if (i == 0) {
        bin = Fragment.of(x + " < ?" + finite, e.get(1));
      } else if (i == n - 1) {
        bin = Fragment.of(x + " >= ?" + finite, e.get(i));
      } else {
        bin = Fragment.of(x + " >= ? and " + x + " < ?" + finite, e.get(i), e.get(i + 1));
      }
      fused.add(
          MetricKey.bin(rc.name(), i),
          new Fragment("count(*) filter (where " + bin.sql() + ")", bin.params()));
    }
    fused.feeds(rc.name());
  }

  private String finiteAnd(String x) {
    return dialect.isFinite(x, ColumnKind.FLOAT).map(p -> " and " + p).orElse("");
  }

  /**
   * The reference histogram of a binned drift check with no reference yet: the column's {@code
   * bins}-quantiles within the scope as edges (ties collapsed) and the rows per bin, one statement
   * (one sort of the column).
   */
  private PlannedQuery histogram(
      ResolvedCheck rc, DriftCheck c, String x, TableRef table, Fragment scope) {
    BoundSql sql =
        dialect.quantileHistogram(
            table.sql(),
            x,
            scope == null ? null : scope.sql(),
            scope == null ? List.of() : scope.params(),
            c.bins());
    return new PlannedQuery(
        QueryKind.HISTOGRAM, List.of(rc.name()), sql.sql(), sql.params(), List.of());
  }

  private PlannedQuery frequencies(ResolvedCheck rc, TableRef table, Fragment scope) {
    String col = dialect.column(rc.column());
    String text = rc.column().kind() == ColumnKind.TEXT ? col : dialect.asText(col);
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "select v, n, sum(n) over () as total, count(*) over () as distinct_values\nfrom"
                + " (select "
                + text
                + " as v, count(*) as n from "
                + table.sql()
                + " where "
                + col
                + " is not null");
    if (scope != null) {
      sql.append(" and (").append(scope.sql()).append(')');
      params.addAll(scope.params());
    }
    sql.append(" group by 1) as f\norder by n desc, v limit ?");
    params.add(settings.maxCategories());
    return new PlannedQuery(
        QueryKind.FREQUENCIES, List.of(rc.name()), sql.toString(), params, List.of());
  }
}
