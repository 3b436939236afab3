package org.pactum.checks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.Contracts.AT;
import static org.pactum.checks.Contracts.between;
import static org.pactum.checks.Contracts.strict;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.model.UniqueCheck;

class PlanCompilerTest {
  private static final ColumnInfo ID = new ColumnInfo("order_id", ColumnKind.INTEGER, "int8");
  private static final ColumnInfo AMOUNT = new ColumnInfo("amount", ColumnKind.FLOAT, "float8");
  private static final ColumnInfo EMAIL = new ColumnInfo("email", ColumnKind.TEXT, "text");
  private static final ColumnInfo STATUS = new ColumnInfo("status", ColumnKind.TEXT, "text");

  private static List<ResolvedCheck> checks() {
    return List.of(
        rc(new NotNullCheck("not_null(order_id)", "order_id", strict(), AT), ID),
        rc(new UniqueCheck("unique(order_id)", List.of("order_id"), strict(), AT), ID),
        rc(
            new RangeCheck(
                "range(amount)",
                "amount",
                new RangeBound.NumericBound(BigDecimal.ZERO),
                new RangeBound.NumericBound(new BigDecimal("100000")),
                strict(),
                AT),
            AMOUNT),
        rc(
            new AcceptedValuesCheck(
                "accepted_values(status)", "status", List.of("PAID", "x' or '1'='1"), strict(), AT),
            STATUS),
        rc(new RegexCheck("regex(email)", "email", "^[^@]+@[^@]+$", strict(), AT), EMAIL),
        rc(
            new NullRateCheck("null_rate(email)", "email", new Thresholds(0.1, 0.2), null, AT),
            EMAIL),
        rc(
            new MetricCheck(
                "mean(amount)", Metric.MEAN, "amount", between(0.0, 10.0), Bounds.NONE, null, AT),
            AMOUNT),
        rc(
            new MetricCheck(
                "median(amount)",
                Metric.MEDIAN,
                "amount",
                between(0.0, 10.0),
                Bounds.NONE,
                null,
                AT),
            AMOUNT),
        rc(
            new UniqueCheck("unique(order_id,email)", List.of("order_id", "email"), strict(), AT),
            ID,
            EMAIL),
        rc(
            new DriftCheck(
                "drift(amount)", "amount", DriftMethod.PSI, new Thresholds(0.1, 0.25), 3, AT),
            AMOUNT),
        rc(
            new SqlCheck(
                "custom",
                "select count(*) from {table} where {column} < 0",
                "amount",
                between(null, 0.0),
                Bounds.NONE,
                AT),
            AMOUNT));
  }

  private static ResolvedCheck rc(Check c, ColumnInfo... columns) {
    return new ResolvedCheck(c, 0, List.of(columns));
  }

  private static ScanPlan compile(Dialect d, Fragment scope) {
    return compile(new PlanCompiler(d, EngineSettings.DEFAULTS), d, scope);
  }

  private static ScanPlan compile(PlanCompiler compiler, Dialect d, Fragment scope) {
    Histogram bins = Histogram.bins(List.of(0.0, 10.0, 20.0, 30.0));
    return compiler.compile(
        d.table("public.orders"), scope, checks(), Map.of("drift(amount)", bins));
  }

  @Test
  void duckDbPutsEveryAggregateInOneScan() {
    ScanPlan plan = compile(new DuckDbDialect(), null);
    String sql = plan.fused().sql();
    assertThat(sql).startsWith("select count(*) as m0").contains("from \"public\".\"orders\"");
    assertThat(sql)
        .contains("count(distinct \"order_id\")")
        .contains("quantile_cont(\"amount\", 0.5)");
    assertThat(sql).contains("regexp_matches(\"email\", ?)").contains("isnan(\"amount\")");
    assertThat(plan.separate())
        .extracting(PlannedQuery::kind)
        .containsExactly(QueryKind.DUPLICATE_KEYS);
    // select count(*) from {table} where P folds into the scan
    assertThat(sql).contains("count(*) filter (where (\"amount\" < 0))");
    // the null count is shared by null_rate and not_null-like metrics: computed once
    assertThat(plan.fused().metrics()).containsOnlyOnce(MetricKey.nullCount("email"));
    assertThat(plan.fused().aliasOf(MetricKey.bin("drift(amount)", 2))).isNotNull();
  }

  @Test
  void postgresKeepsDistinctAndMedianOutOfTheParallelScan() {
    ScanPlan plan = compile(new PostgresDialect(), null);
    assertThat(plan.fused().sql())
        .doesNotContain("distinct")
        .doesNotContain("percentile_cont")
        .contains("\"email\" ~ ?");
    PlannedQuery serial = plan.separate(QueryKind.SERIAL_AGGREGATES).get(0);
    assertThat(serial.metrics())
        .containsExactly(MetricKey.distinctCount("order_id"), MetricKey.column("median", "amount"));
  }

  @Test
  void postgresCountsADistinctCountMetricWithAParallelGroupBy() {
    Dialect pg = new PostgresDialect();
    ScanPlan plan =
        new PlanCompiler(pg, EngineSettings.DEFAULTS)
            .compile(
                pg.table("public.orders"),
                null,
                List.of(
                    rc(
                        new MetricCheck(
                            "distinct_count(status)",
                            Metric.DISTINCT_COUNT,
                            "status",
                            between(1.0, null),
                            Bounds.NONE,
                            null,
                            AT),
                        STATUS)),
                Map.of());
    assertThat(plan.fused().sql()).doesNotContain("distinct");
    PlannedQuery distinct = plan.separate(QueryKind.DISTINCT_COUNT).get(0);
    assertThat(distinct.metrics()).containsExactly(MetricKey.column("distinct_count", "status"));
    assertThat(distinct.sql())
        .isEqualTo(
            "select count(*) as m0\nfrom (select \"status\" from \"public\".\"orders\""
                + " where \"status\" is not null group by \"status\") as distinct_values");
  }

  @Test
  void postgresCountsAColumnsDistinctValuesOnceForUniqueAndDistinctCount() {
    Dialect pg = new PostgresDialect();
    ScanPlan plan =
        new PlanCompiler(pg, EngineSettings.DEFAULTS)
            .compile(
                pg.table("public.orders"),
                null,
                List.of(
                    rc(
                        new MetricCheck(
                            "distinct_count(order_id)",
                            Metric.DISTINCT_COUNT,
                            "order_id",
                            between(1.0, null),
                            Bounds.NONE,
                            null,
                            AT),
                        ID),
                    rc(new UniqueCheck("unique(order_id)", List.of("order_id"), strict(), AT), ID)),
                Map.of());
    assertThat(plan.separate(QueryKind.DISTINCT_COUNT)).isEmpty();
    PlannedQuery serial = plan.separate(QueryKind.SERIAL_AGGREGATES).get(0);
    assertThat(serial.metrics()).containsExactly(MetricKey.distinctCount("order_id"));
    assertThat(serial.checks()).contains("unique(order_id)", "distinct_count(order_id)");
  }

  @Test
  void postgresProbesForNanOnceInsteadOfGuardingEachAggregate() {
    ScanPlan optimistic = compile(new PostgresDialect(), null);
    assertThat(optimistic.fused().sql())
        .contains(
            "case when max(\"amount\") >= 'Infinity' or min(\"amount\") <= '-Infinity' then 1"
                + " else 0 end")
        .contains("avg(\"amount\") as")
        .doesNotContain("\"amount\" = 'NaN'")
        .doesNotContain("(where \"amount\" not in ('NaN'");
    assertThat(optimistic.fused().metrics()).containsOnlyOnce(MetricKey.nonFinite("amount"));
    // the median, outside the probed scan, keeps its guard
    assertThat(optimistic.separate(QueryKind.SERIAL_AGGREGATES).get(0).sql()).contains("'NaN'");

    Dialect pg = new PostgresDialect();
    ScanPlan guarded =
        new PlanCompiler(pg, EngineSettings.DEFAULTS)
            .guarded()
            .compile(pg.table("public.orders"), null, checks(), Map.of());
    assertThat(guarded.fused().sql())
        .contains("\"amount\" = 'NaN'")
        .contains(
            "avg(\"amount\") filter (where \"amount\" not in ('NaN', 'Infinity', '-Infinity'))")
        .doesNotContain("'-Infinity' then");
    assertThat(guarded.fused().metrics()).doesNotContain(MetricKey.nonFinite("amount"));
  }

  @Test
  void valuesAreBoundNeverConcatenated() {
    Dialect pg = new PostgresDialect();
    ScanPlan plan =
        compile(
            new PlanCompiler(pg, EngineSettings.DEFAULTS).unfolded(),
            pg,
            Fragment.of("loaded_at >= ?", "2024-01-01"));
    for (PlannedQuery q : plan.statements()) {
      assertThat(q.sql())
          .doesNotContain("PAID")
          .doesNotContain("1'='1")
          .doesNotContain("2024-01-01")
          .doesNotContain("^[^@]");
      assertThat(q.sql().chars().filter(ch -> ch == '?').count()).isEqualTo(q.params().size());
    }
    assertThat(plan.fused().params())
        .contains("PAID", "x' or '1'='1", "^[^@]+@[^@]+$", "2024-01-01");
    assertThat(plan.fused().sql()).endsWith("where (loaded_at >= ?)");
    PlannedQuery custom = plan.separate(QueryKind.CUSTOM_SQL).get(0);
    assertThat(custom.sql())
        .isEqualTo(
            "select count(*) from (select * from \"public\".\"orders\" where (loaded_at >= ?)) where \"amount\" < 0");
  }

  @Test
  void driftWithoutBinsGetsAReferenceHistogramQuery() {
    Dialect d = new DuckDbDialect();
    ScanPlan plan =
        new PlanCompiler(d, EngineSettings.DEFAULTS)
            .compile(
                d.table("t"),
                null,
                List.of(
                    rc(
                        new DriftCheck(
                            "drift(amount)",
                            "amount",
                            DriftMethod.PSI,
                            new Thresholds(0.1, 0.25),
                            3,
                            AT),
                        AMOUNT)),
                Map.of());
    assertThat(plan.separate(QueryKind.HISTOGRAM)).hasSize(1);
    assertThat(plan.describe()).contains("-- HISTOGRAM for drift(amount)");
  }

  // --- ks drift: a raw value sample, sized by the fused scan's row count
  // --------------------------

  private static final ResolvedCheck KS =
      rc(
          new DriftCheck("ks(amount)", "amount", DriftMethod.KS, new Thresholds(0.1, 0.2), 10, AT),
          AMOUNT);

  @Test
  void ksDriftGetsNoHistogramButAValueSampleBuiltAfterTheScan() {
    for (Dialect d : List.of(new PostgresDialect(), new DuckDbDialect())) {
      ScanPlan plan =
          new PlanCompiler(d, EngineSettings.DEFAULTS)
              .compile(d.table("public.orders"), null, List.of(KS), Map.of());
      assertThat(plan.separate()).isEmpty();
      assertThat(plan.fused().metrics())
          .containsExactly(MetricKey.ROW_COUNT, MetricKey.nonNullCount("amount"));
    }
  }

  @Test
  void postgresSamplesValuesWholeByRowOrByBlockFromTheScopesRowCount() {
    Dialect pg = new PostgresDialect();
    PlanCompiler compiler = new PlanCompiler(pg, EngineSettings.DEFAULTS.withDriftSampleSize(100));
    Fragment scope = Fragment.of("\"loaded_at\" >= ?", "2026-11-01");
    var table = pg.table("public.orders");

    PlannedQuery whole = compiler.sampleValues(KS, table, scope, 600);
    assertThat(whole.kind()).isEqualTo(QueryKind.SAMPLE_VALUES);
    assertThat(whole.sql())
        .isEqualTo(
            "select x from (select cast(\"amount\" as double precision) as x from"
                + " \"public\".\"orders\" where (\"loaded_at\" >= ?)) as s\nwhere x is not null"
                + " and x not in ('NaN', 'Infinity', '-Infinity') order by random() limit ?");
    assertThat(whole.params()).containsExactly("2026-11-01", 100);

    PlannedQuery rows = compiler.sampleValues(KS, table, scope, 10_000);
    assertThat(rows.sql())
        .contains("from \"public\".\"orders\" tablesample bernoulli (cast(? as real)) where (");
    assertThat(rows.params()).containsExactly(3.0, "2026-11-01", 100); // 300 of 10,000 rows

    PlannedQuery blocks = compiler.sampleValues(KS, table, null, 10_000_000);
    assertThat(blocks.sql())
        .contains("from \"public\".\"orders\" tablesample system (cast(? as real)))")
        .endsWith("order by random() limit ?");
    assertThat(blocks.params()).containsExactly(0.2, 100); // 20,000 rows' worth of pages

    PlannedQuery unknown = compiler.sampleValues(KS, table, null, -1);
    assertThat(unknown.sql()).doesNotContain("tablesample");
  }

  @Test
  void duckDbSamplesValuesWithAReservoirAfterTheScope() {
    Dialect duck = new DuckDbDialect();
    PlanCompiler compiler =
        new PlanCompiler(duck, EngineSettings.DEFAULTS.withDriftSampleSize(250));
    PlannedQuery q =
        compiler.sampleValues(
            KS, duck.table("read_parquet('a''b.parquet')"), Fragment.of("\"g\" = ?", 1), 1_000_000);
    assertThat(q.sql())
        .isEqualTo(
            "select x from (select x from (select cast(\"amount\" as double) as x from"
                + " read_parquet('a''b.parquet') where (\"g\" = ?)) as v where x is not null and"
                + " isfinite(x)) as s\nusing sample reservoir(250 rows)");
    assertThat(q.params()).containsExactly(1);
  }

  @Test
  void aReferenceHistogramCutsAtBoundQuantilesInOneStatementPerDialect() {
    DriftCheck drift =
        new DriftCheck(
            "drift(amount)", "amount", DriftMethod.PSI, new Thresholds(0.1, 0.25), 4, AT);
    Fragment scope = Fragment.of("\"loaded_at\" >= ?", "2026-11-01");
    Map<String, PlannedQuery> byDialect = new java.util.HashMap<>();
    for (Dialect d : List.of(new PostgresDialect(), new DuckDbDialect())) {
      ScanPlan plan =
          new PlanCompiler(d, EngineSettings.DEFAULTS)
              .compile(d.table("public.orders"), scope, List.of(rc(drift, AMOUNT)), Map.of());
      assertThat(plan.separate(QueryKind.HISTOGRAM)).hasSize(1);
      assertThat(plan.fused().metrics()).doesNotContain(MetricKey.bin("drift(amount)", 0));
      PlannedQuery h = plan.separate(QueryKind.HISTOGRAM).get(0);
      // the scope's values first, then the quartile fractions: all bound
      assertThat(h.params()).containsExactly("2026-11-01", 0.25, 0.5, 0.75);
      assertThat(h.sql()).contains("where (\"loaded_at\" >= ?)").endsWith("order by b.bin");
      byDialect.put(d.name(), h);
    }
    assertThat(byDialect.get("postgresql").sql())
        .contains("cast(\"amount\" as double precision) as x")
        .contains("percentile_disc(array[?, ?, ?]::double precision[]) within group (order by x)")
        .contains("array(select distinct u from unnest(qs) as u where u > lo order by u)")
        .contains("coalesce(width_bucket(v.x, e.edges), 0) as bin")
        .contains("x not in ('NaN', 'Infinity', '-Infinity')");
    assertThat(byDialect.get("duckdb").sql())
        .contains("quantile_disc(x, [?, ?, ?])")
        .contains("list_sort(list_distinct(list_filter(qs, lambda u: u > lo)))")
        .contains("len(list_filter(e.edges, lambda u: u <= v.x)) as bin")
        .contains("isfinite(x)");
  }
}
