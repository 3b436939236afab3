package org.pactum.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pactum.checks.Contracts.AT;
import static org.pactum.checks.Contracts.between;
import static org.pactum.checks.Contracts.contract;
import static org.pactum.checks.Contracts.strict;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunListener;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.core.ValueSample;
import org.pactum.checks.db.CheckRunDao;
import org.pactum.checks.db.RunRow;
import org.pactum.checks.plan.PlannedQuery;
import org.pactum.checks.plan.QueryKind;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

@ExtendWith(PostgresExtension.class)
class PostgresCheckTypesTest extends CheckTypesContractTest {
  private final TestDatabase db;
  private final PGSimpleDataSource warehouse;

  PostgresCheckTypesTest(TestDatabase db) {
    super(db);
    this.db = db;
    this.warehouse = (PGSimpleDataSource) db.dataSource();
    warehouse.setApplicationName("pactum-warehouse-test");
  }

  @Override
  DataSource warehouse() {
    return warehouse;
  }

  @Override
  void sql(String statement) {
    db.execute(statement);
  }

  @Override
  String dialect() {
    return "postgresql";
  }

  @Test
  void ksSamplesALargeTableByBlockAndKeepsN() {
    sql("drop table if exists ks_big");
    sql("create table ks_big (amount float8)");
    sql("insert into ks_big select (i % 1000)::float8 from generate_series(1, 450000) as s(i)");
    sql("analyze ks_big");
    RunResult r = run("ks_big", CheckTypesContractTest.KS);
    PlannedQuery sample = r.plan().separate(QueryKind.SAMPLE_VALUES).get(0);
    // 450,000 values > 20 × 20,000: pages holding about 20,000 rows are read, not the table
    assertThat(sample.sql()).contains("tablesample system (cast(? as real))");
    assertThat((Double) sample.params().get(0)).isCloseTo(100.0 * 20_000 / 450_000, within(1e-9));
    ValueSample values = storedSample(r);
    assertThat(values.size()).isEqualTo(EngineSettings.DEFAULT_DRIFT_SAMPLE_SIZE);
    assertThat(values.values()).allMatch(v -> v >= 0 && v < 1000);
    assertThat(values.values().stream().distinct().count()).isGreaterThan(500);
  }

  @Test
  void ksSamplesAViewWholeWhenPostgresRefusesToSampleIt() {
    sql("drop view if exists ks_view");
    sql("drop table if exists ks_view_base");
    sql("create table ks_view_base (amount float8)");
    sql("insert into ks_view_base select (i % 100)::float8 from generate_series(1, 5000) as s(i)");
    sql("create view ks_view as select amount from ks_view_base");
    try (CheckEngine ks = engine(EngineSettings.DEFAULTS.withDriftSampleSize(100))) {
      RunResult r =
          ks.run(
              new RunRequest(
                  null,
                  contract("ks_view", null, List.of(CheckTypesContractTest.KS)),
                  7,
                  Trigger.CLI,
                  null,
                  Map.of()));
      assertThat(only(r).status()).isEqualTo(Status.PASS);
      // tablesample applies to tables and materialized views only: the scope is read whole
      assertThat(r.plan().separate(QueryKind.SAMPLE_VALUES))
          .extracting(PlannedQuery::sql)
          .satisfiesExactly(
              sized -> assertThat(sized).contains("tablesample bernoulli"),
              whole -> assertThat(whole).doesNotContain("tablesample"));
      assertThat(storedSample(r).size()).isEqualTo(100);
    }
  }

  @Test
  void distinctCountsAndMediansGetTheirOwnStatementOnPostgres() {
    table("pg_plan", "id integer, v float8", "(1, 1.0), (2, 2.0)");
    RunResult r =
        run(
            "pg_plan",
            new UniqueCheck("unique(id)", List.of("id"), strict(), AT),
            metric(Metric.MEDIAN, "v", between(1.5, 1.5), Bounds.NONE),
            metric(Metric.MEAN, "v", between(1.5, 1.5), Bounds.NONE));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.plan().fused().sql()).doesNotContain("distinct").doesNotContain("percentile_cont");
    PlannedQuery serial = r.plan().separate(QueryKind.SERIAL_AGGREGATES).get(0);
    assertThat(serial.sql()).contains("count(distinct \"id\")").contains("percentile_cont(0.5)");
  }

  @Test
  void numericNanAndInfinityAreMeasuredGuardedAfterTheProbeFindsThem() {
    table(
        "pg_num",
        "v numeric(12,2), w numeric",
        "(1, 1), (2, 2), (6, 3), (null, 4), (cast('NaN' as numeric), cast('Infinity' as numeric))");
    RunResult r =
        run(
            "pg_num",
            metric(Metric.MEAN, "v", between(2.9, 3.1), Bounds.NONE),
            metric(Metric.MAX, "v", between(null, 6.0), Bounds.NONE),
            metric(Metric.SUM, "w", between(10.0, 10.0), Bounds.NONE),
            new RangeCheck(
                "range(v)", "v", new RangeBound.NumericBound(BigDecimal.ZERO), null, strict(), AT));
    // NaN and Infinity are left out of the statistics and count as out of range
    assertThat(r.result("mean(v)").orElseThrow().observedValue()).isEqualTo(3.0);
    assertThat(r.result("max(v)").orElseThrow().observedValue()).isEqualTo(6.0);
    assertThat(r.result("sum(w)").orElseThrow().observedValue()).isEqualTo(10.0);
    assertThat(r.result("range(v)").orElseThrow().observedText()).isEqualTo("1/4");
    assertThat(r.status()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest
  @CsvSource({
    "numeric, NaN",
    "numeric, Infinity",
    "numeric, -Infinity",
    "float8, NaN",
    "float8, Infinity",
    "float8, -Infinity"
  })
  void theProbeFindsEachNonFiniteValueAlone(String type, String value) {
    String name = "pg_nf_" + type + "_" + value.replace("-", "minus_").toLowerCase(Locale.ROOT);
    table(name, "v " + type, "(1), (2), (6), (null), (cast('" + value + "' as " + type + "))");
    RunResult r =
        run(
            name,
            metric(Metric.MEAN, "v", between(2.9, 3.1), Bounds.NONE),
            metric(Metric.MIN, "v", between(1.0, null), Bounds.NONE),
            metric(Metric.MAX, "v", between(null, 6.0), Bounds.NONE));
    // an unguarded avg would be NaN or ±Infinity: the probe sent the scan round again, guarded
    assertThat(r.result("mean(v)").orElseThrow().observedValue()).isEqualTo(3.0);
    // min and max leave NaN out; an infinity is a real extreme
    assertThat(r.result("min(v)").orElseThrow().observedValue())
        .isEqualTo(value.equals("-Infinity") ? Double.NEGATIVE_INFINITY : 1.0);
    assertThat(r.result("max(v)").orElseThrow().observedValue())
        .isEqualTo(value.equals("Infinity") ? Double.POSITIVE_INFINITY : 6.0);
    assertThat(r.status()).isEqualTo(value.equals("NaN") ? Status.PASS : Status.FAIL);
  }

  @Test
  void columnsAUniqueIndexKeepsDistinctAreNotCountedAgain() {
    sql("drop table if exists \"pg uq \"\"t\"\"\"");
    sql(
        "create table \"pg uq \"\"t\"\"\" (id integer primary key, email text, code text,"
            + " part integer, a integer, b integer)");
    sql("create unique index on \"pg uq \"\"t\"\"\" (email) include (code)"); // INCLUDE: no key
    sql("create unique index on \"pg uq \"\"t\"\"\" (lower(code))"); // an expression
    sql("create unique index on \"pg uq \"\"t\"\"\" (part) where part > 0"); // a predicate
    sql("create unique index on \"pg uq \"\"t\"\"\" (a, b)"); // two columns
    sql(
        "insert into \"pg uq \"\"t\"\"\" values (1, 'x@a', 'A', 1, 1, 1), (2, null, 'B', -1, 1, 2),"
            + " (3, null, 'b ', -1, 2, 1), (4, 'y@a', 'c', 2, 2, 2)");
    RunResult r =
        run(
            "\"pg uq \"\"t\"\"\"",
            new UniqueCheck("unique(id)", List.of("id"), strict(), AT),
            new UniqueCheck("unique(email)", List.of("email"), strict(), AT),
            new UniqueCheck("unique(part)", List.of("part"), strict(), AT),
            new UniqueCheck("unique(a)", List.of("a"), strict(), AT),
            metric(Metric.DISTINCT_COUNT, "email", between(2.0, 2.0), Bounds.NONE),
            metric(Metric.DUPLICATE_COUNT, "id", between(0.0, 0.0), Bounds.NONE),
            metric(Metric.DISTINCT_COUNT, "code", between(4.0, 4.0), Bounds.NONE),
            new UniqueCheck("unique(b, a)", List.of("b", "a"), strict(), AT),
            new UniqueCheck("unique(a, id)", List.of("a", "id"), strict(), AT),
            new UniqueCheck("unique(a, part)", List.of("a", "part"), strict(), AT));
    assertThat(r.result("unique(id)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("unique(id)").orElseThrow().message())
        .endsWith("(a unique index keeps them distinct: not counted)");
    assertThat(r.result("unique(a)").orElseThrow().message()).doesNotContain("unique index");
    assertThat(r.result("unique(email)").orElseThrow().status()).isEqualTo(Status.PASS);
    // a partial index leaves the -1s unguarded, a two-column one says nothing about a alone
    assertThat(r.result("unique(part)").orElseThrow().status()).isEqualTo(Status.FAIL);
    assertThat(r.result("unique(a)").orElseThrow().status()).isEqualTo(Status.FAIL);
    assertThat(r.result("distinct_count(email)").orElseThrow().observedValue()).isEqualTo(2.0);
    assertThat(r.result("duplicate_count(id)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("distinct_count(code)").orElseThrow().observedValue()).isEqualTo(4.0);
    // composite keys: (a, b) is an index in another order, (a, id) holds the primary key; only
    // (a, part), which no index covers, gets its group-by query
    assertThat(r.result("unique(b, a)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("unique(a, id)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("unique(a, part)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.plan().separate(QueryKind.DUPLICATE_KEYS))
        .singleElement()
        .satisfies(q -> assertThat(q.checks()).containsExactly("unique(a, part)"));
    // id and email by their indexes, in the fused scan; part, a and code (an expression index)
    // counted
    String all =
        r.plan().separate(QueryKind.SERIAL_AGGREGATES).stream()
                .map(PlannedQuery::sql)
                .reduce("", String::concat)
            + r.plan().separate(QueryKind.DISTINCT_COUNT).stream()
                .map(PlannedQuery::sql)
                .reduce("", String::concat);
    assertThat(all)
        .contains("\"part\"")
        .contains("\"a\"")
        .contains("\"code\"")
        .doesNotContain("\"id\"")
        .doesNotContain("\"email\"");
  }

  @Test
  void notNullColumnsCountRowsAndADateBoundIsMidnightUtcOnATimestampColumn() {
    table(
        "pg_nn",
        "ts timestamptz not null, n integer",
        "(timestamptz '2015-01-01 00:00:00+00', 1), (timestamptz '2014-12-31 23:30:00+00', null),"
            + " (timestamptz '2015-01-01 00:00:00-05', 5)");
    RunResult r =
        run(
            "pg_nn",
            new RangeCheck(
                "range(ts)",
                "ts",
                new RangeBound.DateBound(java.time.LocalDate.parse("2015-01-01")),
                null,
                strict(),
                AT),
            new RangeCheck(
                "range(n)",
                "n",
                null,
                new RangeBound.NumericBound(BigDecimal.valueOf(4)),
                strict(),
                AT));
    // only 23:30 UTC on Dec 31 is before the day; midnight UTC itself is in range
    assertThat(r.result("range(ts)").orElseThrow().observedText()).isEqualTo("1/3");
    assertThat(r.result("range(n)").orElseThrow().observedText()).isEqualTo("1/2");
    assertThat(r.plan().fused().sql())
        .doesNotContain("count(\"ts\")")
        .contains("count(\"n\")")
        .contains("\"ts\" < cast(? as timestamptz)");
  }

  @Test
  void finiteNumericColumnsAreMeasuredUnguardedInOneScan() {
    table("pg_fin", "v numeric(12,2)", "(1), (2), (6), (null)");
    RunResult r =
        run(
            "pg_fin",
            metric(Metric.MEAN, "v", between(2.9, 3.1), Bounds.NONE),
            metric(Metric.STDDEV, "v", between(null, 10.0), Bounds.NONE));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.plan().fused().sql()).doesNotContain("'NaN'");
    assertThat(r.result("mean(v)").orElseThrow().observedValue()).isEqualTo(3.0);
  }

  @Test
  void customSqlTimesOutAndTheRunGoesOn() {
    table("pg_slow", "id integer", "(1)");
    try (CheckEngine slow =
        engine(EngineSettings.DEFAULTS.withCustomSqlTimeout(Duration.ofMillis(200)))) {
      DataContract c =
          contract(
              "pg_slow",
              null,
              List.of(
                  new SqlCheck(
                      "slow",
                      "select count(*) from {table}, pg_sleep(3)",
                      null,
                      between(null, 5.0),
                      Bounds.NONE,
                      AT),
                  new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT)));
      long start = System.nanoTime();
      RunResult r = slow.run(new RunRequest(null, c, 1, Trigger.CLI, null, Map.of()));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      assertThat(r.result("slow").orElseThrow().status()).isEqualTo(Status.ERROR);
      assertThat(r.result("slow").orElseThrow().message())
          .isEqualTo("the custom query timed out after 200ms and was cancelled");
      assertThat(r.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void unreachableDatasourceIsARunErrorAndTheNextRunWorks() {
    table("pg_down", "id integer", "(1)");
    PGSimpleDataSource down = new PGSimpleDataSource();
    down.setServerNames(new String[] {"localhost"});
    down.setPortNumbers(new int[] {1});
    down.setDatabaseName("nothing");
    down.setConnectTimeout(2);
    DataContract c =
        contract(
            "pg_down",
            null,
            List.of(new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT)));
    try (CheckEngine broken =
        new CheckEngine(
            store, store, n -> down, java.time.Clock.systemUTC(), EngineSettings.DEFAULTS)) {
      RunResult r =
          broken.run(new RunRequest(new RunId("down-1"), c, 1, Trigger.SCHEDULE, null, Map.of()));
      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.run().error())
          .isEqualTo("datasource 'warehouse' is unreachable or the connection was lost");
      RunRow row = jdbi.withExtension(CheckRunDao.class, d -> d.find("down-1")).orElseThrow();
      assertThat(row.status()).isEqualTo("ERROR");
      assertThat(row.error()).isEqualTo(r.run().error());
    }
    assertThat(run(c).status()).isEqualTo(Status.PASS);
  }

  @Test
  void datasourceGoingAwayMidRunErrorsTheRestAndTheNextRunWorks() {
    table("pg_gone", "id integer, a integer, b integer", "(1, 1, 1), (2, 1, 1)");
    DataContract c =
        contract(
            "pg_gone",
            null,
            List.of(
                new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT),
                new UniqueCheck("unique(a,b)", List.of("a", "b"), strict(), AT),
                new SqlCheck(
                    "custom",
                    "select count(*) from {table}",
                    null,
                    between(1.0, null),
                    Bounds.NONE,
                    AT)));
    AtomicBoolean killed = new AtomicBoolean();
    RunListener killer =
        new RunListener() {
          @Override
          public void checkStarted(String runId, String checkName) {
            if (checkName.equals("unique(a,b)")
                && killed.get() == false
                && startedSeparate(checkName)) {
              killed.set(true);
              db.execute(
                  "select pg_terminate_backend(pid) from pg_stat_activity"
                      + " where application_name = 'pactum-warehouse-test'");
            }
          }

          private int seen;

          private boolean startedSeparate(String name) {
            return ++seen == 2; // the first start is the fused scan, the second its own query
          }
        };
    RunResult r = engine().run(new RunRequest(null, c, 1, Trigger.API, null, Map.of()), killer);
    assertThat(killed).isTrue();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.run().error())
        .isEqualTo("datasource 'warehouse' is unreachable or the connection was lost");
    assertThat(r.result("unique(a,b)").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.result("custom").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(run(c).result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  @Test
  void concurrentRunsOnDifferentTables() throws Exception {
    int n = 6;
    List<DataContract> contracts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder rows = new StringBuilder();
      for (int k = 0; k <= i; k++) {
        rows.append(k == 0 ? "" : ", ").append("(").append(k).append(", 'v").append(k).append("')");
      }
      table("conc_" + i, "id integer, s text", rows.toString());
      contracts.add(
          contract(
              "conc_" + i,
              null,
              List.of(
                  new RowCountCheck(
                      "row_count", between((double) i + 1, (double) i + 1), Bounds.NONE, null, AT),
                  new UniqueCheck("unique(id)", List.of("id"), strict(), AT),
                  new RegexCheck("regex(s)", "s", "^v[0-9]+$", strict(), AT))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<RunResult>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (DataContract c : contracts) {
          futures.add(
              pool.submit(
                  () -> engine().run(new RunRequest(null, c, 1, Trigger.API, null, Map.of()))));
        }
      }
      for (Future<RunResult> f : futures) {
        assertThat(f.get().status()).isEqualTo(Status.PASS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readOnlySessionSurvivesCustomSqlThatCommits() throws SQLException {
    table("pg_commit", "id integer", "(1)");
    Check sneaky =
        new SqlCheck(
            "commit",
            "commit; delete from {table}; select 1",
            null,
            between(null, 5.0),
            Bounds.NONE,
            AT);
    RunResult r = run("pg_commit", sneaky, new NotNullCheck("not_null(id)", "id", strict(), AT));
    assertThat(r.result("commit").orElseThrow().status()).isEqualTo(Status.ERROR);
    assertThat(r.result("commit").orElseThrow().message()).contains("single statement");
    try (Connection c = warehouse.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery("select count(*) from pg_commit")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
