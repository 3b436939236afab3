package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.Measurements;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.UniqueCheck;

/**
 * Compiles a contract's checks on one table and scope into a {@link ScanPlan}: "compile, don't
 * loop". Every aggregate that can share the scan goes into one fused statement; only multi-column
 * uniqueness, categorical frequency tables, reference histograms, custom SQL other than a plain
 * {@code select count(*) from {table} where P} (see {@link CustomSqlCompiler}) — and, where the
 * dialect says they would serialise the scan, distinct counts and medians — get their own
 * statements. Identifiers are quoted by the dialect; every value is bound.
 */
public final class PlanCompiler {
  private final Dialect dialect;
  private final EngineSettings settings;
  private final boolean guarded;
  private final boolean foldsCustomSql;
  private final RowViolations violations;
  private final CustomSqlCompiler customSql;
  private final DriftCompiler drift;
  private final UniquenessCompiler uniqueness;

  /**
   * A compiler whose fused scan probes columns that may hold NaN or ±Infinity instead of guarding
   * each of their aggregates, where the dialect offers a probe ({@link Dialect#nonFiniteProbe});
   * when a probe counts such values, the run re-runs the fused scan from {@link #guarded()}.
   */
  public PlanCompiler(Dialect dialect, EngineSettings settings) {
    this(dialect, settings, false, true);
  }

  private PlanCompiler(
      Dialect dialect, EngineSettings settings, boolean guarded, boolean foldsCustomSql) {
    this.dialect = dialect;
    this.settings = settings;
    this.guarded = guarded;
    this.foldsCustomSql = foldsCustomSql;
    this.violations = new RowViolations(dialect);
    this.customSql = new CustomSqlCompiler(dialect);
    this.drift = new DriftCompiler(dialect, settings);
    this.uniqueness = new UniquenessCompiler(dialect);
  }

  /** The same compiler with every aggregate guarded against NaN and ±Infinity. */
  public PlanCompiler guarded() {
    return new PlanCompiler(dialect, settings, true, foldsCustomSql);
  }

  /**
   * The same compiler with every custom {@code sql} check as its own statement: when a fused scan
   * with folded custom predicates fails, one of them is the likely culprit, and this isolates them
   * at the cost of their own scans instead of re-running every check alone.
   */
  public PlanCompiler unfolded() {
    return new PlanCompiler(dialect, settings, guarded, false);
  }

  /** Whether the fused scan's probes found NaN or ±Infinity, so its aggregates need guards. */
  public static boolean probesFoundNonFinite(PlannedQuery fused, Measurements m) {
    return fused.metrics().stream()
        .anyMatch(k -> MetricKey.NON_FINITE.equals(k.metric()) && m.count(k) > 0);
  }

  /**
   * Compiles the checks.
   *
   * @param table the validated table reference
   * @param scope the bound load-scope predicate, or null for the whole table
   * @param checks the checks whose columns exist
   * @param driftBins bins for numeric drift checks, by check name, from the baseline; a drift check
   *     without bins gets a reference histogram query instead
   */
  public ScanPlan compile(
      TableRef table,
      Fragment scope,
      List<ResolvedCheck> checks,
      Map<String, Histogram> driftBins) {
    AggregateList fused = new AggregateList();
    AggregateList serial = dialect.fusesSerialAggregates() ? fused : new AggregateList();
    DistinctCounts distinct = new DistinctCounts();
    List<PlannedQuery> separate = new ArrayList<>();
    Map<String, String> rejected = new LinkedHashMap<>();
    fused.add(MetricKey.ROW_COUNT, Fragment.of("count(*)"));
    for (ResolvedCheck rc : checks) {
      try {
        compileOne(rc, table, scope, fused, serial, distinct, separate, driftBins);
      } catch (CheckNotCompilable e) {
        rejected.put(rc.name(), e.getMessage());
      }
    }
    List<PlannedQuery> distinctQueries = distinct.toQueries(table.sql(), scope, serial);
    List<PlannedQuery> all = new ArrayList<>();
    if (serial != fused && !serial.isEmpty()) {
      all.add(serial.toQuery(QueryKind.SERIAL_AGGREGATES, table.sql(), scope));
    }
    all.addAll(distinctQueries);
    all.addAll(separate);
    return new ScanPlan(
        dialect.name(), fused.toQuery(QueryKind.FUSED, table.sql(), scope), all, rejected);
  }

  private void compileOne(
      ResolvedCheck rc,
      TableRef table,
      Fragment scope,
      AggregateList fused,
      AggregateList serial,
      DistinctCounts distinct,
      List<PlannedQuery> separate,
      Map<String, Histogram> driftBins) {
    String name = rc.name();
    Check check = rc.check();
    if (check instanceof RowCountCheck) {
      fused.feeds(name);
    } else if (check instanceof NotNullCheck || check instanceof NullRateCheck) {
      fused.add(MetricKey.nullCount(check.columns().get(0)), nullCount(rc.column()));
      fused.feeds(name);
    } else if (check instanceof UniqueCheck) {
      uniqueness.unique(rc, table, scope, fused, serial, separate);
    } else if (check instanceof RangeCheck
        || check instanceof AcceptedValuesCheck
        || check instanceof RegexCheck) {
      rowViolations(rc, fused);
    } else if (check instanceof MetricCheck c && c.metric() == Metric.DUPLICATE_COUNT) {
      // non-null count − distinct count, both shared with unique/distinct_count on the column
      fused.add(MetricKey.nonNullCount(c.column()), nonNullCount(rc.column()));
      fused.feeds(name);
      uniqueness.distinctCount(MetricKey.distinctCount(c.column()), rc, fused, serial, distinct);
    } else if (check instanceof MetricCheck c && c.metric() == Metric.DISTINCT_COUNT) {
      uniqueness.distinctCount(
          MetricKey.column(c.metric().yamlName(), c.column()), rc, fused, serial, distinct);
    } else if (check instanceof MetricCheck c) {
      MetricKey key = MetricKey.column(c.metric().yamlName(), c.column());
      boolean serialOnly = c.metric() == Metric.MEDIAN;
      AggregateList target = serialOnly ? serial : fused;
      // the median is not in the fused scan, whose probe decides about guards: always guarded
      target.add(key, metricExpression(c, rc.column(), serialOnly || guards(rc.column(), fused)));
      target.feeds(name);
    } else if (check instanceof FreshnessCheck c) {
      if (!rc.column().kind().temporal() && rc.column().kind() != ColumnKind.OTHER) {
        throw new CheckNotCompilable(
            "column \"" + c.column() + "\" is not a timestamp or date column");
      }
      fused.add(
          MetricKey.newestEpoch(c.column()),
          Fragment.of(dialect.epochSeconds("max(" + dialect.column(rc.column()) + ")")));
      fused.feeds(name);
    } else if (check instanceof DriftCheck c) {
      drift.compile(
          rc, c, table, scope, fused, separate, driftBins.get(name), nonNullCount(rc.column()));
    } else if (check instanceof SqlCheck c) {
      Optional<Fragment> folded = foldsCustomSql ? customSql.foldable(rc, c) : Optional.empty();
      if (folded.isPresent()) {
        fused.add(MetricKey.ofCheck("value", name), folded.get());
        fused.feeds(name);
      } else {
        separate.add(customSql.separate(rc, c, table.sql(), scope));
      }
    } else {
      throw new CheckNotCompilable("unsupported check type " + check.type().yamlName());
    }
  }

  /**
   * Whether the fused scan's aggregates of this column need NaN/±Infinity guards: yes when this
   * compiler is {@link #guarded()} or the dialect has no probe; otherwise the column's probe joins
   * the fused scan and its aggregates go unguarded.
   */
  private boolean guards(ColumnInfo column, AggregateList fused) {
    if (guarded) {
      return true;
    }
    Optional<String> probe = dialect.nonFiniteProbe(dialect.column(column), column.kind());
    if (probe.isEmpty()) {
      return true;
    }
    fused.add(MetricKey.nonFinite(column.displayName()), Fragment.of(probe.get()));
    return false;
  }

  private Fragment nonNullCount(ColumnInfo column) {
    return uniqueness.nonNullCount(column);
  }

  private Fragment nullCount(ColumnInfo column) {
    return Fragment.of("count(*) filter (where " + dialect.column(column) + " is null)");
  }

  private void rowViolations(ResolvedCheck rc, AggregateList fused) {
    boolean guard = !(rc.check() instanceof RangeCheck) || guards(rc.column(), fused);
    Fragment predicate = violations.predicate(rc, guard);
    fused.add(MetricKey.nonNullCount(rc.check().columns().get(0)), nonNullCount(rc.column()));
    fused.add(
        MetricKey.violations(rc.name()),
        new Fragment("count(*) filter (where " + predicate.sql() + ")", predicate.params()));
    fused.feeds(rc.name());
  }

  /**
   * The predicate a failing row satisfies, for row-level checks other than {@code unique}: used to
   * count violations in the fused scan and to select failed-row samples (always guarded).
   */
  private Fragment violation(ResolvedCheck rc) {
    return violations.predicate(rc, true);
  }

  private Fragment metricExpression(MetricCheck c, ColumnInfo column, boolean guard) {
    String col = dialect.column(column);
    ColumnKind kind = column.kind();
    Optional<String> finite = guard ? dialect.isFinite(col, kind) : Optional.empty();
    Optional<String> notNan =
        guard ? dialect.isNan(col, kind).map(p -> "not (" + p + ")") : Optional.empty();
    String text = kind == ColumnKind.TEXT ? col : dialect.asText(col);
    return switch (c.metric()) {
      case MEAN -> Fragment.of(filtered("avg(" + col + ")", finite));
      case STDDEV -> Fragment.of(filtered(dialect.stddev(col), finite));
      case SUM -> Fragment.of(filtered("sum(" + col + ")", finite));
      case MEDIAN -> Fragment.of(filtered(dialect.median(col), finite));
      case MIN, MAX -> {
        String agg = c.metric().yamlName() + "(" + col + ")";
        yield Fragment.of(kind.temporal() ? dialect.epochSeconds(agg) : filtered(agg, notNan));
      }
      case DISTINCT_COUNT -> Fragment.of("count(distinct " + col + ")"); // non-PostgreSQL
      case DUPLICATE_COUNT -> Fragment.of("count(" + col + ") - count(distinct " + col + ")");
      case AVG_LENGTH -> Fragment.of("avg(" + dialect.charLength(text) + ")");
      case MIN_LENGTH -> Fragment.of("min(" + dialect.charLength(text) + ")");
      case MAX_LENGTH -> Fragment.of("max(" + dialect.charLength(text) + ")");
    };
  }

  private static String filtered(String aggregate, Optional<String> predicate) {
    return predicate.map(p -> aggregate + " filter (where " + p + ")").orElse(aggregate);
  }

  /** Whether a drift check compares category frequencies rather than binned numbers. */
  public static boolean categorical(DriftCheck check, ColumnInfo column) {
    return DriftCompiler.categorical(check, column);
  }

  /** Whether a drift check compares raw value samples ({@code ks} on numbers or times). */
  public static boolean samplesValues(DriftCheck check, ColumnInfo column) {
    return DriftCompiler.samplesValues(check, column);
  }

  /**
   * The {@code SAMPLE_VALUES} statement of a {@code ks} drift check (see {@link DriftCompiler}).
   */
  public PlannedQuery sampleValues(
      ResolvedCheck rc, TableRef table, Fragment scope, long scopeRows) {
    return drift.sampleValues(rc, table, scope, scopeRows);
  }

  /**
   * Failed rows of a failing row-level check: the sample key columns and the check's columns, at
   * most {@code limit} rows. For {@code unique}: the most repeated keys with their occurrences.
   */
  public PlannedQuery sampleQuery(
      ResolvedCheck rc, List<ColumnInfo> keys, TableRef table, Fragment scope, int limit) {
    if (rc.check() instanceof UniqueCheck) {
      return uniqueness.repeatedKeys(rc, table, scope, limit);
    }
    List<ColumnInfo> selected = new ArrayList<>(keys);
    for (ColumnInfo c : rc.columns()) {
      if (!selected.contains(c)) {
        selected.add(c);
      }
    }
    Fragment predicate = violation(rc);
    List<Object> params = new ArrayList<>(predicate.params());
    StringBuilder where = new StringBuilder(predicate.sql());
    if (scope != null) {
      where.append(" and (").append(scope.sql()).append(')');
      params.addAll(scope.params());
    }
    String sql =
        "select "
            + String.join(", ", selected.stream().map(dialect::column).toList())
            + " from "
            + table.sql()
            + " where "
            + where
            + " limit ?";
    params.add(limit);
    return new PlannedQuery(QueryKind.SAMPLE, List.of(rc.name()), sql, params, List.of());
  }
}
