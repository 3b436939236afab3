package org.pactum.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.Contracts.AT;
import static org.pactum.checks.Contracts.between;
import static org.pactum.checks.Contracts.contract;
import static org.pactum.checks.Contracts.mostly;
import static org.pactum.checks.Contracts.strict;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pactum.checks.Contracts;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.core.ValueSample;
import org.pactum.checks.db.CheckResultDao;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.MetricValueDao;
import org.pactum.checks.plan.QueryKind;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.testsupport.TestDatabase;

/**
 * Every check type against tables built for it, run through the whole engine and result log; the
 * subclasses run the same tests on PostgreSQL and on DuckDB.
 */
abstract class CheckTypesContractTest {
  static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  final Jdbi jdbi;
  final JdbiCheckStore store;
  CheckEngine engine;

  CheckTypesContractTest(TestDatabase db) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    store = new JdbiCheckStore(jdbi);
  }

  abstract DataSource warehouse();

  abstract void sql(String statement);

  abstract String dialect();

  CheckEngine engine() {
    if (engine == null) {
      engine = engine(EngineSettings.DEFAULTS);
    }
    return engine;
  }

  CheckEngine engine(EngineSettings settings) {
    return new CheckEngine(
        store,
        store,
        name -> name.equals("warehouse") ? warehouse() : null,
        Clock.fixed(NOW, ZoneOffset.UTC),
        settings);
  }

  @AfterEach
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  void table(String name, String columns, String... rows) {
    sql("drop table if exists " + name);
    sql("create table " + name + " (" + columns + ")");
    for (String row : rows) {
      sql("insert into " + name + " values " + row);
    }
  }

  RunResult run(DataContract contract) {
    return engine().run(new RunRequest(null, contract, 7, Trigger.CLI, null, Map.of()));
  }

  RunResult run(String table, Check... checks) {
    return run(contract(table, null, List.of(checks)));
  }

  static CheckOutcome only(RunResult r) {
    assertThat(r.results()).hasSize(1);
    return r.results().get(0);
  }

  // --- row_count -------------------------------------------------------------------------------

  @Test
  void rowCountBandsAndEmptyTable() {
    table("rc_full", "id integer", "(1), (2), (3)");
    table("rc_empty", "id integer");
    Check min = new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT);
    Check warn = new RowCountCheck("row_count_warn", Bounds.NONE, between(5.0, null), null, AT);
    RunResult full = run("rc_full", min, warn);
    assertThat(full.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(full.result("row_count").orElseThrow().observedValue()).isEqualTo(3.0);
    assertThat(full.result("row_count_warn").orElseThrow().status()).isEqualTo(Status.WARN);
    assertThat(full.status()).isEqualTo(Status.WARN);
    RunResult empty = run("rc_empty", min);
    assertThat(only(empty).status()).isEqualTo(Status.FAIL);
    assertThat(only(empty).message()).contains("row_count = 0").contains("outside the fail band");
  }

  // --- not_null, mostly, samples with PII masking -----------------------------------------------

  @Test
  void notNullCountsNullsAndSamplesMaskedRows() {
    table(
        "nn",
        "order_id integer, email text, amount float8",
        "(1, 'a@x.io', 10), (2, null, 20), (3, 'c@x.io', null), (4, 'd@x.io', null)");
    DataContract c =
        contract(
            "nn",
            null,
            List.of(
                new UniqueCheck("unique(order_id)", List.of("order_id"), strict(), AT),
                new NotNullCheck("not_null(amount)", "amount", strict(), AT),
                new NotNullCheck("not_null(email)", "email", mostly(0.7), AT)),
            Contracts.pii("order_id", "email"));
    RunResult r = run(c);
    CheckOutcome amount = r.result("not_null(amount)").orElseThrow();
    assertThat(amount.status()).isEqualTo(Status.FAIL);
    assertThat(amount.observedValue()).isEqualTo(0.5);
    assertThat(amount.message()).isEqualTo("2 of 4 rows are null (50%); no failing rows allowed");
    assertThat(amount.failedRowsSample()).hasSize(2);
    assertThat(amount.failedRowsSample().get(0))
        .containsEntry("order_id", "<masked customer id>")
        .containsEntry("amount", null);
    CheckOutcome email = r.result("not_null(email)").orElseThrow();
    assertThat(email.status()).isEqualTo(Status.PASS); // 25% null <= 30% allowed
    assertThat(email.thresholds()).containsEntry("fail", 0.3);
  }

  @Test
  void failedRowSamplesKeepAtMostTenRowsAndMaskPii() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      rows.append(i == 0 ? "" : ", ")
          .append("(")
          .append(i)
          .append(", 'user")
          .append(i)
          .append("@x')");
    }
    table("samples", "id integer, email text", rows.toString());
    DataContract c =
        contract(
            "samples",
            null,
            List.of(
                new UniqueCheck("unique(id)", List.of("id"), strict(), AT),
                new RegexCheck("regex(email)", "email", "^[^@]+@[^@]+\\.[a-z]+$", strict(), AT)),
            Contracts.pii("customer_id", "email"));
    CheckOutcome regex = run(c).result("regex(email)").orElseThrow();
    assertThat(regex.status()).isEqualTo(Status.FAIL);
    assertThat(regex.failedRowsSample()).hasSize(10);
    assertThat(regex.failedRowsSample())
        .allSatisfy(
            row -> {
              assertThat(row).containsEntry("email", "<masked email>");
              assertThat(row.get("id")).isInstanceOf(Number.class);
            });
  }

  // --- unique ----------------------------------------------------------------------------------

  @Test
  void uniqueSingleColumnCountsDuplicatesBeyondFirstAndIgnoresNulls() {
    table("uq", "id integer", "(1), (1), (1), (2), (null), (null)");
    CheckOutcome o = only(run("uq", new UniqueCheck("unique(id)", List.of("id"), strict(), AT)));
    assertThat(o.status()).isEqualTo(Status.FAIL);
    assertThat(o.observedText()).isEqualTo("2/4");
    assertThat(o.observedValue()).isEqualTo(0.5);
    assertThat(o.failedRowsSample()).containsExactly(Map.of("id", 1L, "occurrences", 3L));
  }

  @Test
  void uniqueCompositeKeyUsesGroupByQuery() {
    table(
        "uq2",
        "a integer, b text",
        "(1, 'x'), (1, 'x'), (1, 'y'), (2, 'x'), (2, 'x'), (2, 'x'), (3, null), (3, null)");
    RunResult r = run("uq2", new UniqueCheck("unique(a,b)", List.of("a", "b"), mostly(0.5), AT));
    CheckOutcome o = only(r);
    assertThat(o.observedText()).isEqualTo("3/6"); // rows with null key parts are not judged
    assertThat(o.status()).isEqualTo(Status.PASS); // 50% failing is allowed by mostly 0.5
    assertThat(o.message()).contains("2 keys occur more than once");
    assertThat(r.plan().separate(QueryKind.DUPLICATE_KEYS)).hasSize(1);
  }

  // --- range, NaN and infinity -----------------------------------------------------------------

  @Test
  void rangeCountsNanAndInfinityAsOutOfRangeAndIgnoresNulls() {
    table(
        "rg",
        "v float8",
        "(0), (100000), (50.5), (null), (cast('NaN' as float8)), (cast('Infinity' as float8)),"
            + " (cast('-Infinity' as float8)), (-0.01), (1e308)");
    RangeCheck range =
        new RangeCheck(
            "range(v)",
            "v",
            new RangeBound.NumericBound(BigDecimal.ZERO),
            new RangeBound.NumericBound(new BigDecimal("100000")),
            strict(),
            AT);
    CheckOutcome o = only(run("rg", range));
    assertThat(o.status()).isEqualTo(Status.FAIL);
    // NaN, +Inf, -Inf, -0.01 and 1e308 fail; 0, 100000, 50.5 pass; null is not judged
    assertThat(o.observedText()).isEqualTo("5/8");
  }

  @Test
  void rangeOnAnIntegerColumnJudgesFractionalWholeAndHugeBoundsExactly() {
    table(
        "rg_i",
        "n integer, b bigint",
        "(1, -9), (2, 0), (3, 5), (4, 9223372036854775807), (5, null)");
    RunResult r =
        run(
            "rg_i",
            new RangeCheck(
                "range(n) fractional",
                "n",
                new RangeBound.NumericBound(new BigDecimal("1.5")),
                new RangeBound.NumericBound(new BigDecimal("4.5")),
                strict(),
                AT),
            new RangeCheck(
                "range(n) whole",
                "n",
                new RangeBound.NumericBound(new BigDecimal("2.00")),
                new RangeBound.NumericBound(new BigDecimal("4")),
                strict(),
                AT),
            new RangeCheck(
                "range(b) beyond bigint",
                "b",
                new RangeBound.NumericBound(new BigDecimal("-1E+30")),
                new RangeBound.NumericBound(new BigDecimal("9223372036854775806.5")),
                strict(),
                AT));
    // 1.5..4.5 holds 2, 3, 4: 1 and 5 fail, as they do for 2..4
    assertThat(r.result("range(n) fractional").orElseThrow().observedText()).isEqualTo("2/5");
    assertThat(r.result("range(n) whole").orElseThrow().observedText()).isEqualTo("2/5");
    // only the largest bigint is above a maximum between it and its predecessor; null not judged
    assertThat(r.result("range(b) beyond bigint").orElseThrow().observedText()).isEqualTo("1/4");
    // the whole bounds are bound as integers: no decimal conversion of the column per row
    assertThat(r.plan().fused().params()).contains(2L, 4L).doesNotContain(new BigDecimal("4"));
  }

  @Test
  void rangeOnDatesAndTimestamps() {
    table(
        "rg_t",
        "d date, ts timestamptz",
        "(date '2014-12-31', timestamptz '2024-01-01 00:00:00+00'),"
            + " (date '2015-01-01', timestamptz '2024-07-01 00:00:00+00'),"
            + " (null, null)");
    RunResult r =
        run(
            "rg_t",
            new RangeCheck(
                "range(d)",
                "d",
                new RangeBound.DateBound(LocalDate.parse("2015-01-01")),
                null,
                strict(),
                AT),
            new RangeCheck(
                "range(ts)",
                "ts",
                null,
                new RangeBound.TimestampBound(Instant.parse("2024-06-01T00:00:00Z")),
                new Thresholds(0.1, null),
                AT));
    assertThat(r.result("range(d)").orElseThrow().observedText()).isEqualTo("1/2");
    assertThat(r.result("range(d)").orElseThrow().status()).isEqualTo(Status.FAIL);
    CheckOutcome ts = r.result("range(ts)").orElseThrow();
    assertThat(ts.observedText()).isEqualTo("1/2");
    assertThat(ts.status()).isEqualTo(Status.WARN); // only warn given: can warn, never fail
  }

  @Test
  void rangeWithDateBoundOnNumericColumnIsAnErrorForThatCheckOnly() {
    table("rg_bad", "v integer", "(1)");
    RunResult r =
        run(
            "rg_bad",
            new RangeCheck(
                "range(v)",
                "v",
                new RangeBound.DateBound(LocalDate.parse("2020-01-01")),
                null,
                strict(),
                AT),
            new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT));
    assertThat(r.result("range(v)").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.result("range(v)").orElseThrow().message()).contains("is not temporal");
    assertThat(r.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  // --- accepted_values, regex, unicode, hostile values -----------------------------------------

  @Test
  void acceptedValuesBindsValuesAndHandlesUnicode() {
    table(
        "av",
        "status text, n integer",
        "('PAID', 1), ('Zürich ☕', 2), ('O''Brien', 3), ('x'' or ''1''=''1', 4), (null, 5), ('LOST', 9)");
    RunResult r =
        run(
            "av",
            new AcceptedValuesCheck(
                "accepted_values(status)",
                "status",
                List.of("PAID", "Zürich ☕", "O'Brien"),
                strict(),
                AT),
            new AcceptedValuesCheck(
                "accepted_values(n)", "n", List.of("1", "2", "3", "4", "5"), strict(), AT));
    CheckOutcome status = r.result("accepted_values(status)").orElseThrow();
    assertThat(status.observedText()).isEqualTo("2/5"); // the injection string and LOST
    assertThat(r.plan().fused().sql()).doesNotContain("Brien").doesNotContain("PAID");
    assertThat(r.result("accepted_values(n)").orElseThrow().observedText()).isEqualTo("1/6");
  }

  @Test
  void regexCountsMismatchesOfNonNullValues() {
    table(
        "rx",
        "email text",
        "('a@b.io'), ('ünïcödé@例え.jp'), ('no-at-sign'), (''), (null), ('two@@x')");
    CheckOutcome o =
        only(
            run(
                "rx",
                new RegexCheck("regex(email)", "email", "^[^@\\s]+@[^@\\s]+$", mostly(0.5), AT)));
    assertThat(o.observedText()).isEqualTo("3/5");
    assertThat(o.status()).isEqualTo(Status.FAIL);
    assertThat(o.message()).contains("3 of 5 non-null values are not matching the pattern (60%)");
  }

  // --- null_rate -------------------------------------------------------------------------------

  @Test
  void nullRateWarnAndFail() {
    table("nr", "c text", "('a'), (null), (null), (null), (null)");
    CheckOutcome warn =
        only(run("nr", new NullRateCheck("null_rate(c)", "c", new Thresholds(0.5, 0.9), null, AT)));
    assertThat(warn.status()).isEqualTo(Status.WARN);
    assertThat(warn.observedValue()).isEqualTo(0.8);
    CheckOutcome fail =
        only(run("nr", new NullRateCheck("null_rate(c)", "c", new Thresholds(0.1, 0.7), null, AT)));
    assertThat(fail.status()).isEqualTo(Status.FAIL);
    assertThat(fail.message())
        .isEqualTo("null rate 80% (4 of 5 rows); above the fail limit of 70%");
  }

  // --- metrics ---------------------------------------------------------------------------------

  @Test
  void metricsIgnoreNanInAggregatesAndLengthsCountCharacters() {
    table(
        "mt",
        "v float8, s text, k integer",
        "(1, 'ab', 1), (2, 'ünï', 1), (3, null, 2), (6, '☕', 3), (cast('NaN' as float8), 'x', 3), (null, 'abcd', null)");
    RunResult r =
        run(
            "mt",
            metric(Metric.MEAN, "v", between(2.9, 3.1), Bounds.NONE),
            metric(Metric.SUM, "v", between(12.0, 12.0), Bounds.NONE),
            metric(Metric.STDDEV, "v", between(null, 1.0), Bounds.NONE),
            metric(Metric.MEDIAN, "v", between(2.5, 2.5), Bounds.NONE),
            metric(Metric.MIN, "v", between(1.0, null), Bounds.NONE),
            metric(Metric.MAX, "v", between(null, 6.0), Bounds.NONE),
            metric(Metric.DISTINCT_COUNT, "k", Bounds.NONE, between(4.0, null)),
            metric(Metric.DUPLICATE_COUNT, "k", between(null, 1.0), Bounds.NONE),
            metric(Metric.AVG_LENGTH, "s", between(2.2, 2.2), Bounds.NONE),
            metric(Metric.MAX_LENGTH, "s", between(null, 4.0), Bounds.NONE),
            metric(Metric.MIN_LENGTH, "s", between(1.0, null), Bounds.NONE));
    assertThat(r.result("mean(v)").orElseThrow().observedValue()).isEqualTo(3.0);
    assertThat(r.result("mean(v)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("sum(v)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("stddev(v)").orElseThrow().status()).isEqualTo(Status.FAIL);
    assertThat(r.result("stddev(v)").orElseThrow().observedValue())
        .isCloseTo(2.1602, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(r.result("median(v)").orElseThrow().observedValue()).isEqualTo(2.5);
    assertThat(r.result("min(v)").orElseThrow().observedValue()).isEqualTo(1.0);
    assertThat(r.result("max(v)").orElseThrow().observedValue()).isEqualTo(6.0); // NaN excluded
    CheckOutcome distinct = r.result("distinct_count(k)").orElseThrow();
    assertThat(distinct.observedValue()).isEqualTo(3.0);
    assertThat(distinct.status()).isEqualTo(Status.WARN);
    CheckOutcome duplicates = r.result("duplicate_count(k)").orElseThrow(); // 1, 1, 2, 3, 3, null
    assertThat(duplicates.observedValue()).isEqualTo(2.0);
    assertThat(duplicates.status()).isEqualTo(Status.FAIL);
    assertThat(duplicates.message())
        .isEqualTo("duplicate_count(k) = 2, outside the fail band [-∞, 1]");
    assertThat(r.metrics())
        .contains(new MetricObservation("duplicate_count", "k", 2.0))
        .contains(new MetricObservation("distinct_count", "k", 3.0));
    assertThat(r.result("avg_length(s)").orElseThrow().observedValue()).isEqualTo(2.2); // 2,3,1,1,4
    assertThat(r.result("max_length(s)").orElseThrow().observedValue()).isEqualTo(4.0);
    assertThat(r.result("min_length(s)").orElseThrow().observedValue()).isEqualTo(1.0);
  }

  static MetricCheck metric(Metric metric, String column, Bounds fail, Bounds warn) {
    return new MetricCheck(
        metric.yamlName() + "(" + column + ")", metric, column, fail, warn, null, AT);
  }

  @Test
  void metricOnEmptyTableIsUndefined() {
    table("mt_empty", "v float8");
    CheckOutcome o =
        only(run("mt_empty", metric(Metric.MEAN, "v", between(0.0, 1.0), Bounds.NONE)));
    assertThat(o.status()).isEqualTo(Status.FAIL);
    assertThat(o.message()).isEqualTo("mean(v) is undefined: no rows in scope");
  }

  // --- freshness -------------------------------------------------------------------------------

  @Test
  void freshnessFailsWarnsAndPasses() {
    table(
        "fr",
        "loaded_at timestamptz",
        "(timestamptz '2024-06-01 09:30:00+00'), (timestamptz '2024-05-01 00:00:00+00'), (null)");
    CheckOutcome warn =
        only(
            run(
                "fr",
                new FreshnessCheck(
                    "freshness(loaded_at)",
                    "loaded_at",
                    Duration.ofHours(3),
                    Duration.ofHours(2),
                    AT)));
    assertThat(warn.status()).isEqualTo(Status.WARN);
    assertThat(warn.observedValue()).isEqualTo(9000.0);
    assertThat(warn.observedText()).isEqualTo("2024-06-01T09:30:00Z");
    CheckOutcome fail =
        only(
            run(
                "fr",
                new FreshnessCheck(
                    "freshness(loaded_at)", "loaded_at", Duration.ofHours(2), null, AT)));
    assertThat(fail.status()).isEqualTo(Status.FAIL);
    assertThat(fail.message()).contains("2h30m old; older than max_age 2h");
    table("fr_empty", "loaded_at timestamptz");
    CheckOutcome empty =
        only(
            run(
                "fr_empty",
                new FreshnessCheck(
                    "freshness(loaded_at)", "loaded_at", Duration.ofHours(2), null, AT)));
    assertThat(empty.status()).isEqualTo(Status.FAIL);
    assertThat(empty.message()).contains("cannot tell when data last arrived");
  }

  // --- anomaly (seam) --------------------------------------------------------------------------

  @Test
  void anomalyCriteriaLearnFromStoredHistory() {
    table("an", "id integer", "(1), (2)");
    Check rowCount =
        new RowCountCheck("row_count_anomaly", Bounds.NONE, Bounds.NONE, AnomalySpec.DEFAULTS, AT);
    CheckOutcome first = only(run("an", rowCount));
    assertThat(first.status()).isEqualTo(Status.PASS);
    assertThat(first.message()).endsWith("learning: 0 of 7");
    CheckOutcome second = only(run("an", rowCount));
    assertThat(second.message()).endsWith("learning: 1 of 7");
  }

  // --- drift (seam) ----------------------------------------------------------------------------

  @Test
  void numericDriftStoresAHistogramThenReusesItsBinsInTheFusedScan() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      rows.append(i == 0 ? "" : ", ").append("(").append(i).append(")");
    }
    table("dr", "amount float8", rows.toString());
    DriftCheck drift =
        new DriftCheck(
            "drift(amount)", "amount", DriftMethod.PSI, new Thresholds(0.1, 0.25), 4, AT);
    RunResult first = run("dr", drift);
    assertThat(only(first).status()).isEqualTo(Status.PASS);
    assertThat(only(first).message()).startsWith("learning baseline: 0 of 1 observations");
    assertThat(first.plan().separate(QueryKind.HISTOGRAM)).hasSize(1);
    MetricObservation histogram =
        first.metrics().stream()
            .filter(m -> m.metric().equals("histogram"))
            .findFirst()
            .orElseThrow();
    // quartiles of 0..99 (discrete: values of the column) as edges, the extremes outside
    assertThat(histogram.detail().get("edges")).isEqualTo(List.of(0.0, 24.0, 49.0, 74.0, 99.0));
    assertThat(histogram.detail().get("counts")).isEqualTo(List.of(24L, 25L, 25L, 26L));

    RunResult second = run("dr", drift);
    assertThat(second.plan().separate(QueryKind.HISTOGRAM)).isEmpty();
    assertThat(second.plan().fused().metrics()).contains(MetricKey.bin("drift(amount)", 3));
    assertThat(only(second).message())
        .isEqualTo(
            "PSI 0.0000 over 4 quantile bins of run "
                + first.run().id().value()
                + " (no drift beyond the thresholds; warn 0.1, fail 0.25)");
    assertThat(only(second).status()).isEqualTo(Status.PASS);
    assertThat(only(second).observedText()).isEqualTo("4 bins over 100 values");

    // The distribution moves up by half its range: most values land in the top reference bin.
    StringBuilder shifted = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      shifted.append(i == 0 ? "" : ", ").append("(").append(i + 50).append(")");
    }
    table("dr", "amount float8", shifted.toString());
    CheckOutcome third = only(run("dr", drift));
    assertThat(third.status()).isEqualTo(Status.FAIL);
    assertThat(third.observedValue()).isGreaterThan(0.25);
    // the bins stay the first run's quantiles (the counts compared are the latest run's)
    assertThat(third.message())
        .contains("PSI ")
        .contains("over 4 quantile bins of run " + first.run().id().value() + " (drifted");
  }

  @Test
  void categoricalDriftNamesNewAndVanishedCategories() {
    DriftCheck mix =
        new DriftCheck(
            "channel_mix", "channel", DriftMethod.CHI_SQUARED, new Thresholds(0.1, 0.2), 10, AT);
    table("drn", "channel text", "('web'), ('web'), ('app'), ('app')");
    assertThat(only(run("drn", mix)).status()).isEqualTo(Status.PASS);
    table("drn", "channel text", "('web'), ('web'), ('kiosk'), ('kiosk')");
    CheckOutcome changed = only(run("drn", mix));
    assertThat(changed.status()).isEqualTo(Status.FAIL);
    assertThat(changed.message()).contains("new: kiosk").contains("vanished: app");
  }

  @Test
  void categoricalDriftUsesAFrequencyTable() {
    table("drc", "channel text", "('web'), ('web'), ('app'), (null)");
    RunResult r =
        run(
            "drc",
            new DriftCheck(
                "channel_mix",
                "channel",
                DriftMethod.CHI_SQUARED,
                new Thresholds(0.1, 0.2),
                10,
                AT));
    assertThat(r.plan().separate(QueryKind.FREQUENCIES)).hasSize(1);
    MetricObservation f =
        r.metrics().stream()
            .filter(m -> m.metric().equals("frequencies"))
            .findFirst()
            .orElseThrow();
    assertThat(f.detail().get("counts")).isEqualTo(Map.of("web", 2L, "app", 1L));
    assertThat(f.value()).isEqualTo(3.0);
  }

  // --- drift: ks on raw value samples --------------------------------------------------------

  static final DriftCheck KS =
      new DriftCheck("ks(amount)", "amount", DriftMethod.KS, new Thresholds(0.2, 0.3), 10, AT);

  /** A table of {@code n} values drawn from N(mean, 10²), one insert. */
  void normalTable(String name, long seed, int n, double mean) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rows.append(i == 0 ? "" : ", ")
          .append('(')
          .append(mean + 10 * random.nextGaussian())
          .append(')');
    }
    table(name, "amount double precision", rows.toString());
  }

  static ValueSample storedSample(RunResult r) {
    MetricObservation m =
        r.metrics().stream().filter(o -> o.metric().equals("sample")).findFirst().orElseThrow();
    ValueSample v = ValueSample.fromDetail(m.detail()).orElseThrow();
    assertThat(m.value()).isEqualTo(v.size());
    return v;
  }

  @Test
  void ksLearnsFirstThenPassesTheSameDistributionAndFailsAShiftedOne() {
    try (CheckEngine ks = engine(EngineSettings.DEFAULTS.withDriftSampleSize(500))) {
      normalTable("ks_t", 1, 3000, 100);
      RunResult first =
          ks.run(
              new RunRequest(
                  null, contract("ks_t", null, List.of(KS)), 7, Trigger.CLI, null, Map.of()));
      assertThat(only(first).status()).isEqualTo(Status.PASS);
      assertThat(only(first).message()).startsWith("learning baseline: 0 of 1 observations");
      assertThat(first.plan().separate(QueryKind.SAMPLE_VALUES)).hasSize(1);
      assertThat(first.plan().separate(QueryKind.HISTOGRAM)).isEmpty();
      // capped at N on a table larger than N
      assertThat(storedSample(first).size()).isEqualTo(500);
      assertThat(only(first).observedText()).isEqualTo("sample of 500 values");

      normalTable("ks_t", 2, 3000, 100); // a new load, the same distribution
      RunResult second =
          ks.run(
              new RunRequest(
                  null, contract("ks_t", null, List.of(KS)), 7, Trigger.CLI, null, Map.of()));
      CheckOutcome same = only(second);
      assertThat(same.status()).isEqualTo(Status.PASS);
      assertThat(same.observedValue()).isLessThan(0.2);
      assertThat(same.message())
          .startsWith("KS D ")
          .contains("between 500 reference and 500 current values")
          .contains("against run " + first.run().id().value());
      assertThat(same.thresholds().get("band").toString())
          .contains("reference_size=500")
          .contains("current_size=500")
          .contains("p_value=");
      assertThat(second.plan().fused().metrics())
          .containsExactly(MetricKey.ROW_COUNT, MetricKey.nonNullCount("amount"));

      normalTable("ks_t", 3, 3000, 120); // +2σ
      CheckOutcome shifted =
          only(
              ks.run(
                  new RunRequest(
                      null, contract("ks_t", null, List.of(KS)), 7, Trigger.CLI, null, Map.of())));
      assertThat(shifted.status()).isEqualTo(Status.FAIL);
      assertThat(shifted.observedValue()).isGreaterThan(0.5);
      assertThat(shifted.message())
          .contains(String.format(java.util.Locale.ROOT, "KS D %.4f", shifted.observedValue()))
          .contains("drifted")
          .containsAnyOf(
              "against run " + first.run().id().value(),
              "against run " + second.run().id().value());
    }
  }

  @Test
  void ksSamplesOnlyTheRunsScope() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 15_000; i++) {
      int g = i % 3 == 0 ? 1 : 2;
      rows.append(i == 0 ? "" : ", ")
          .append("(")
          .append(g)
          .append(", ")
          .append(g == 1 ? i % 1000 : 10_000 + i)
          .append(")");
    }
    table("ks_scope", "g integer, amount double precision", rows.toString());
    try (CheckEngine ks = engine(EngineSettings.DEFAULTS.withDriftSampleSize(200))) {
      RunResult r =
          ks.run(
              new RunRequest(
                  null,
                  contract("ks_scope", "g = 1", List.of(KS)),
                  7,
                  Trigger.CLI,
                  null,
                  Map.of()));
      assertThat(only(r).status()).isEqualTo(Status.PASS);
      ValueSample sample = storedSample(r);
      assertThat(sample.size()).isEqualTo(200);
      assertThat(sample.values()).allMatch(v -> v < 1000);
      assertThat(sample.values().stream().distinct().count()).isGreaterThan(150);
    }
  }

  @Test
  void ksNeverSamplesNaNOrInfinity() {
    // 10 finite values among 40 NaN/±Infinity and 100 nulls: the sample reads the whole scope, so
    // only the statement's filter keeps the non-finite values out of its 10 random rows
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      rows.append("(").append(i).append("), ");
    }
    for (int i = 0; i < 140; i++) {
      String v = i >= 40 ? null : i % 3 == 0 ? "'NaN'" : i % 3 == 1 ? "'Infinity'" : "'-Infinity'";
      rows.append(v == null ? "(null)" : "(cast(" + v + " as double precision))")
          .append(i < 139 ? ", " : "");
    }
    table("ks_nan", "amount double precision", rows.toString());
    try (CheckEngine ks = engine(EngineSettings.DEFAULTS.withDriftSampleSize(10))) {
      RunResult r =
          ks.run(
              new RunRequest(
                  null, contract("ks_nan", null, List.of(KS)), 7, Trigger.CLI, null, Map.of()));
      assertThat(storedSample(r).values())
          .containsExactlyInAnyOrder(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    }
  }

  @Test
  void ksSamplesATemporalColumnAsEpochSeconds() {
    table(
        "ks_ts",
        "loaded_at timestamp",
        "(timestamp '2024-05-01 00:00:00'), (timestamp '2024-05-02 00:00:00'), (null)");
    DriftCheck ks =
        new DriftCheck(
            "ks(loaded_at)", "loaded_at", DriftMethod.KS, new Thresholds(0.2, 0.3), 10, AT);
    RunResult r = run("ks_ts", ks);
    assertThat(only(r).status()).isEqualTo(Status.PASS);
    assertThat(storedSample(r).values())
        .containsExactlyInAnyOrder(
            (double) Instant.parse("2024-05-01T00:00:00Z").getEpochSecond(),
            (double) Instant.parse("2024-05-02T00:00:00Z").getEpochSecond());
  }

  @Test
  void ksStoresNoSampleOfAnEmptyLoadSoTheLastRealOneStaysTheReference() {
    table("ks_empty", "amount double precision", "(1.0), (2.0), (3.0)");
    RunResult first = run("ks_empty", KS);
    assertThat(storedSample(first).size()).isEqualTo(3);
    table("ks_empty", "amount double precision");
    RunResult empty = run("ks_empty", KS);
    assertThat(only(empty).status()).isEqualTo(Status.PASS);
    assertThat(only(empty).message()).startsWith("KS not computed");
    assertThat(empty.metrics()).noneMatch(m -> m.metric().equals("sample"));
    table("ks_empty", "amount double precision", "(1.0), (2.0), (3.0)");
    assertThat(only(run("ks_empty", KS)).message())
        .contains("between 3 reference and 3 current values")
        .contains("against run " + first.run().id().value());
  }

  @Test
  void ksFallsBackToBinsOnlyWhileTheReferenceStoredNoSample() {
    normalTable("ks_old", 4, 1000, 100);
    // history from before samples were kept: a histogram of the column, no sample
    DriftCheck psi =
        new DriftCheck("psi(amount)", "amount", DriftMethod.PSI, new Thresholds(0.1, 0.25), 10, AT);
    RunResult before = run("ks_old", psi);
    assertThat(before.metrics()).noneMatch(m -> m.metric().equals("sample"));
    RunResult binned = run("ks_old", KS);
    assertThat(only(binned).status()).isEqualTo(Status.PASS);
    assertThat(only(binned).message())
        .startsWith("KS ")
        .contains("over 10 quantile bins of run " + before.run().id().value())
        .contains("binned: the reference run stored no value sample");
    assertThat(binned.plan().fused().metrics()).contains(MetricKey.bin("ks(amount)", 9));
    assertThat(storedSample(binned).size()).isEqualTo(1000);
    CheckOutcome sampled = only(run("ks_old", KS));
    assertThat(sampled.message())
        .contains("between 1000 reference and 1000 current values")
        .contains("against run " + binned.run().id().value())
        .doesNotContain("binned");
  }

  // --- custom sql ------------------------------------------------------------------------------

  @Test
  void customSqlWithPlaceholdersAndBounds() {
    table("cs", "amount integer", "(5), (-1), (-2)");
    RunResult r =
        run(
            "cs",
            new SqlCheck(
                "negatives",
                "select count(*) from {table} where {column} < 0",
                "amount",
                between(null, 0.0),
                Bounds.NONE,
                AT),
            new SqlCheck(
                "total",
                "select sum(amount) from {table};",
                null,
                between(0.0, 10.0),
                Bounds.NONE,
                AT));
    CheckOutcome neg = r.result("negatives").orElseThrow();
    assertThat(neg.status()).isEqualTo(Status.FAIL);
    assertThat(neg.observedValue()).isEqualTo(2.0);
    assertThat(neg.message()).isEqualTo("value = 2, outside the fail band [-∞, 0]");
    assertThat(r.result("total").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  @Test
  void countWhereCustomSqlSharesTheScan() {
    table("cs_fold", "amount integer, note text", "(5, 'a'), (-1, 'it''s'), (-2, null)");
    RunResult r =
        run(
            "cs_fold",
            new SqlCheck(
                "negatives",
                "SELECT COUNT(*) FROM {table} WHERE {column} < 0 and note is distinct from 'x;y';",
                "amount",
                between(null, 0.0),
                Bounds.NONE,
                AT),
            new SqlCheck(
                "quoted",
                "select count(*) from {table} where note = 'it''s'",
                null,
                between(1.0, 1.0),
                Bounds.NONE,
                AT),
            new RowCountCheck("row_count", between(3.0, 3.0), Bounds.NONE, null, AT));
    assertThat(r.plan().separate(QueryKind.CUSTOM_SQL)).isEmpty();
    assertThat(r.plan().fused().checks()).contains("negatives", "quoted");
    assertThat(r.result("negatives").orElseThrow().observedValue()).isEqualTo(2.0);
    assertThat(r.result("negatives").orElseThrow().status()).isEqualTo(Status.FAIL);
    assertThat(r.result("quoted").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  @Test
  void brokenFoldedPredicateErrorsAloneAndTheScanStillJudgesTheRest() {
    table("cs_fold_bad", "amount integer", "(5), (0)");
    RunResult r =
        run(
            "cs_fold_bad",
            new SqlCheck(
                "no_col",
                "select count(*) from {table} where nosuchcolumn > 0",
                null,
                between(null, 0.0),
                Bounds.NONE,
                AT),
            new SqlCheck(
                "bad_cast",
                "select count(*) from {table} where cast(cast(amount as text) || 'x' as integer) > 1",
                null,
                between(null, 5.0),
                Bounds.NONE,
                AT),
            new NotNullCheck("not_null(amount)", "amount", strict(), AT),
            new RowCountCheck("row_count", between(2.0, 2.0), Bounds.NONE, null, AT));
    // the folded scan failed, so the custom checks ran as their own statements
    assertThat(r.plan().separate(QueryKind.CUSTOM_SQL)).hasSize(2);
    assertThat(r.result("no_col").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.result("no_col").orElseThrow().message()).contains("column that does not exist");
    assertThat(r.result("bad_cast").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.result("not_null(amount)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  @Test
  void customSqlThatWritesIsRefusedAndChangesNothing() {
    table("cs_w", "id integer", "(1), (2)");
    CheckOutcome o =
        only(
            run(
                "cs_w",
                new SqlCheck(
                    "sneaky",
                    "delete from {table} where id = 1 returning id",
                    null,
                    between(null, 0.0),
                    Bounds.NONE,
                    AT)));
    assertThat(o.status()).isEqualTo(Status.ERROR);
    assertThat(o.message()).doesNotContain("delete").doesNotContain("DELETE");
    CheckOutcome count =
        only(run("cs_w", new RowCountCheck("row_count", between(2.0, 2.0), Bounds.NONE, null, AT)));
    assertThat(count.status()).isEqualTo(Status.PASS);
  }

  @Test
  void badCustomSqlIsAnErrorWithoutSqlText() {
    table("cs_bad", "id integer", "(1)");
    RunResult r =
        run(
            "cs_bad",
            new SqlCheck(
                "typo", "selec count(*) frm {table}", null, between(null, 0.0), Bounds.NONE, AT),
            new SqlCheck(
                "no_col",
                "select count(nosuchcolumn) from {table}",
                null,
                between(null, 0.0),
                Bounds.NONE,
                AT),
            new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.result("typo").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.result("typo").orElseThrow().message())
        .doesNotContain("frm {table}")
        .doesNotContain("cs_bad\"");
    assertThat(r.result("no_col").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  // --- missing columns and tables --------------------------------------------------------------

  @Test
  void missingColumnErrorsThatCheckOnlyWithAClearMessage() {
    table("mc", "amount integer", "(1)");
    RunResult r =
        run(
            "mc",
            new NotNullCheck("not_null(amout)", "amout", strict(), AT),
            new NotNullCheck("not_null(amount)", "amount", strict(), AT));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.run().error()).isNull();
    assertThat(r.result("not_null(amout)").orElseThrow().message())
        .isEqualTo(
            "column \"amout\" does not exist in mc (did you mean \"amount\"? did the contract's schema change?)");
    assertThat(r.result("not_null(amount)").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  @Test
  void missingTableIsARunErrorAndTheNextRunWorks() {
    RunResult r =
        run(
            "no_such_table",
            new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.run().error())
        .isEqualTo("table no_such_table does not exist in datasource 'warehouse'");
    assertThat(only(r).message()).isEqualTo(r.run().error());
    table("no_such_table", "id integer", "(1)");
    assertThat(
            run(
                    "no_such_table",
                    new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT))
                .status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void unknownDatasourceIsARunError() {
    DataContract c =
        new DataContract(
            "x",
            "1.0.0",
            null,
            null,
            null,
            null,
            new org.pactum.contracts.model.Dataset("nowhere", "t", null),
            List.of(new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT)),
            null);
    RunResult r = run(c);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.run().error()).isEqualTo("datasource 'nowhere' is not configured");
  }

  // --- hostile identifiers ---------------------------------------------------------------------

  @Test
  void sqlHostileIdentifiersAreQuoted() {
    sql("drop table if exists \"select \"\"from\"\" table\"");
    sql(
        "create table \"select \"\"from\"\" table\" (\"order\" integer, \"my \"\"odd\"\" col; drop\" text, \"Ünïcode Col\" float8)");
    sql("insert into \"select \"\"from\"\" table\" values (1, 'a', 1.5), (1, null, 2.5)");
    RunResult r =
        run(
            "\"select \"\"from\"\" table\"",
            new UniqueCheck("unique(order)", List.of("order"), strict(), AT),
            new NotNullCheck("not_null(odd)", "my \"odd\" col; drop", strict(), AT),
            metric(Metric.MEAN, "Ünïcode Col", between(2.0, 2.0), Bounds.NONE));
    assertThat(r.result("unique(order)").orElseThrow().status()).isEqualTo(Status.FAIL);
    assertThat(r.result("not_null(odd)").orElseThrow().observedText()).isEqualTo("1/2");
    assertThat(r.result("mean(Ünïcode Col)").orElseThrow().status()).isEqualTo(Status.PASS);
    List<Map<String, Object>> sample = r.result("not_null(odd)").orElseThrow().failedRowsSample();
    assertThat(sample).hasSize(1);
    assertThat(sample.get(0))
        .containsEntry("order", 1L)
        .containsEntry("my \"odd\" col; drop", null);
  }

  @Test
  void malformedTableReferenceIsRejectedNamingTheField() {
    RunResult r =
        run(
            "orders; drop table x",
            new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.run().error())
        .startsWith("dataset.table: 'orders; drop table x' is not a table reference");
  }

  // --- load scope ------------------------------------------------------------------------------

  @Test
  void loadScopeBindsNamedParameters() {
    table(
        "ls",
        "id integer, load_id text, loaded_at timestamptz",
        "(1, 'a', timestamptz '2024-05-01 00:00:00+00'), (2, 'b', timestamptz '2024-06-01 00:00:00+00'),"
            + " (3, 'b', timestamptz '2024-06-01 01:00:00+00')");
    DataContract c =
        contract(
            "ls",
            "load_id = :load_id and loaded_at >= :since and 'it''s :not_a_param' is not null",
            List.of(new RowCountCheck("row_count", between(2.0, 2.0), Bounds.NONE, null, AT)));
    RunResult r =
        engine()
            .run(
                new RunRequest(
                    null,
                    c,
                    1,
                    Trigger.API,
                    "b",
                    Map.of("since", Instant.parse("2024-05-15T00:00:00Z"))));
    assertThat(only(r).status()).isEqualTo(Status.PASS);
    assertThat(r.plan().fused().params()).contains("b");
    RunResult missing = engine().run(new RunRequest(null, c, 1, Trigger.API, null, Map.of()));
    assertThat(missing.run().error())
        .isEqualTo(
            "dataset.load_scope uses :load_id, :since but the run request gave no value for them");
  }

  // --- the fused scan and idempotent runs ------------------------------------------------------

  @Test
  void aggregateChecksShareOneScan() {
    table("one", "id integer, s text, v float8", "(1, 'a', 1.0), (2, 'b', 2.0)");
    RunResult r =
        run(
            "one",
            new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT),
            new NotNullCheck("not_null(id)", "id", strict(), AT),
            new UniqueCheck("unique(id)", List.of("id"), strict(), AT),
            new RangeCheck(
                "range(v)", "v", new RangeBound.NumericBound(BigDecimal.ZERO), null, strict(), AT),
            new RegexCheck("regex(s)", "s", "^[a-z]$", strict(), AT),
            new NullRateCheck("null_rate(s)", "s", new Thresholds(null, 0.5), null, AT),
            metric(Metric.MEAN, "v", between(0.0, 5.0), Bounds.NONE));
    assertThat(r.status()).isEqualTo(Status.PASS);
    long expected = dialect().equals("duckdb") ? 1 : 2; // PostgreSQL: distinct counts apart
    assertThat(r.plan().scanCount()).isEqualTo(expected);
  }

  @Test
  void repeatingARunIdReplacesItsResults() {
    table("idem", "id integer", "(1), (null)");
    DataContract c =
        contract(
            "idem",
            null,
            List.of(
                new NotNullCheck("not_null(id)", "id", strict(), AT),
                new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT)));
    RunRequest req = new RunRequest(new RunId("run-42"), c, 3, Trigger.API, null, Map.of());
    assertThat(engine().run(req).status()).isEqualTo(Status.FAIL);
    sql("delete from idem where id is null");
    RunResult again = engine().run(req);
    assertThat(again.status()).isEqualTo(Status.PASS);
    List<org.pactum.checks.db.CheckResultRow> rows =
        jdbi.withExtension(CheckResultDao.class, d -> d.forRun("run-42"));
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.status()).isEqualTo("PASS"));
    List<org.pactum.checks.db.MetricValueRow> metrics =
        jdbi.withExtension(MetricValueDao.class, d -> d.forRun("run-42"));
    assertThat(metrics).filteredOn(m -> m.metric().equals("row_count")).hasSize(1);
  }
}
