package org.pactum.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.Contracts.AT;
import static org.pactum.checks.Contracts.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pactum.anomaly.drift.BinnedDrift;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.plan.PlannedQuery;
import org.pactum.checks.plan.QueryKind;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.Thresholds;
import org.pactum.testsupport.TestDatabase;

/**
 * Numeric drift over the reference run's quantile bins, through the whole engine and result log;
 * the subclasses run the same tests on PostgreSQL and on DuckDB.
 */
abstract class QuantileDriftContractTest {
  static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  final Jdbi jdbi;
  final JdbiCheckStore store;
  private CheckEngine engine;

  QuantileDriftContractTest(TestDatabase db) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    store = new JdbiCheckStore(jdbi);
  }

  abstract DataSource warehouse();

  abstract void sql(String statement);

  /** The dialect's discrete-quantile aggregate, as it appears in the reference statement. */
  abstract String quantileFunction();

  @AfterEach
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  private CheckEngine engine() {
    if (engine == null) {
      engine =
          new CheckEngine(
              store,
              store,
              name -> name.equals("warehouse") ? warehouse() : null,
              Clock.fixed(NOW, ZoneOffset.UTC),
              EngineSettings.DEFAULTS);
    }
    return engine;
  }

  private static DriftCheck psi(String column, int bins) {
    return new DriftCheck(
        "psi(" + column + ")", column, DriftMethod.PSI, new Thresholds(0.1, 0.25), bins, AT);
  }

  private RunResult run(String table, DriftCheck check) {
    return run(contract(table, null, List.of(check)), null);
  }

  private RunResult run(DataContract contract, String loadId) {
    return engine().run(new RunRequest(null, contract, 7, Trigger.CLI, loadId, Map.of()));
  }

  private void table(String name, String columns, List<String> rows) {
    sql("drop table if exists " + name);
    sql("create table " + name + " (" + columns + ")");
    if (!rows.isEmpty()) {
      sql("insert into " + name + " values " + String.join(", ", rows));
    }
  }

  private void numbers(String name, double... values) {
    List<String> rows = new ArrayList<>();
    for (double v : values) {
      rows.add("(" + v + ")");
    }
    table(name, "amount float8", rows);
  }

  private static Histogram stored(RunResult r) {
    MetricObservation m =
        r.metrics().stream().filter(o -> o.metric().equals("histogram")).findFirst().orElseThrow();
    Histogram h = Histogram.fromDetail(m.detail()).orElseThrow();
    assertThat(m.value()).isEqualTo(h.total());
    return h;
  }

  private static CheckOutcome only(RunResult r) {
    assertThat(r.results()).hasSize(1);
    return r.results().get(0);
  }

  private static double[] range(int from, int to) {
    double[] v = new double[to - from + 1];
    for (int i = 0; i < v.length; i++) {
      v[i] = from + i;
    }
    return v;
  }

  @Test
  void theReferenceEdgesAreTheRunsDecilesAndNaNIsNeverCounted() {
    numbers("q_dec", range(1, 1000));
    sql("insert into q_dec values ('NaN'), ('Infinity'), ('-Infinity'), (null)");
    DriftCheck check = psi("amount", 10);
    RunResult first = run("q_dec", check);
    PlannedQuery statement = first.plan().separate(QueryKind.HISTOGRAM).get(0);
    assertThat(statement.sql()).contains(quantileFunction());
    assertThat(statement.params()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
    Histogram h = stored(first);
    assertThat(h.binning()).isEqualTo(Histogram.Binning.QUANTILE);
    assertThat(h.edgesRun()).isEqualTo(first.run().id().value());
    assertThat(h.edges())
        .containsExactly(
            1.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0, 900.0, 1000.0);
    assertThat(h.counts())
        .containsExactly(99L, 100L, 100L, 100L, 100L, 100L, 100L, 100L, 100L, 101L);

    // the same data again: counted over the reference's bins in the fused scan, no drift
    RunResult second = run("q_dec", check);
    assertThat(second.plan().separate(QueryKind.HISTOGRAM)).isEmpty();
    assertThat(stored(second).counts()).isEqualTo(h.counts());
    assertThat(stored(second).edges()).isEqualTo(h.edges());
    assertThat(only(second).status()).isEqualTo(Status.PASS);
    assertThat(only(second).observedValue()).isEqualTo(0.0);
    assertThat(only(second).message())
        .isEqualTo(
            "PSI 0.0000 over 10 quantile bins of run "
                + first.run().id().value()
                + " (no drift beyond the thresholds; warn 0.1, fail 0.25)");
    assertThat(only(second).thresholds().get("band"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("binning", "quantile")
        .containsEntry("edges_run", first.run().id().value());
  }

  /**
   * A log-normal-like amount column: a bulk around 20 and one "whale" order in 50 around 3000. The
   * bulk (the values below the 90th percentile) grows by half.
   */
  @Test
  void aSkewedColumnsBulkShiftFailsOnQuantileBinsThatEqualWidthBinsWouldMiss() {
    Random random = new Random(42);
    double[] before = new double[2000];
    for (int i = 0; i < before.length; i++) {
      double z = random.nextGaussian();
      before[i] = i % 50 == 0 ? Math.exp(8 + z) : Math.exp(3 + 0.5 * z);
    }
    double[] sorted = before.clone();
    Arrays.sort(sorted);
    double p90 = sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
    double[] after = new double[before.length];
    for (int i = 0; i < before.length; i++) {
      after[i] = before[i] < p90 ? before[i] * 1.5 : before[i];
    }
    // the point: equal-width bins over [min, max] put nearly everything in bin 0 both times
    List<Double> equalWidth = Histogram.equalWidthEdges(sorted[0], sorted[sorted.length - 1], 10);
    long[] ewBefore = countIn(equalWidth, before);
    assertThat(ewBefore[0]).isGreaterThan(1900);
    assertThat(BinnedDrift.psi(ewBefore, countIn(equalWidth, after))).isLessThan(0.1);

    DriftCheck check = psi("amount", 10);
    numbers("q_skew", before);
    RunResult first = run("q_skew", check);
    Histogram reference = stored(first);
    assertThat(reference.binCount()).isEqualTo(10);
    for (long n : reference.counts()) {
      assertThat(n).isBetween(190L, 210L);
    }
    assertThat(only(run("q_skew", check)).status()).isEqualTo(Status.PASS);

    numbers("q_skew", after);
    CheckOutcome shifted = only(run("q_skew", check));
    assertThat(shifted.status()).isEqualTo(Status.FAIL);
    assertThat(shifted.observedValue()).isGreaterThan(0.25);
    assertThat(shifted.message())
        .startsWith("PSI ")
        .contains("over 10 quantile bins of run " + first.run().id().value() + " (drifted");
  }

  private static long[] countIn(List<Double> edges, double[] values) {
    int n = edges.size() - 1;
    long[] counts = new long[n];
    for (double x : values) {
      int bin = 0;
      for (int i = 1; i < n; i++) {
        if (x >= edges.get(i)) {
          bin = i;
        }
      }
      counts[bin]++;
    }
    return counts;
  }

  @Test
  void tiedValuesCollapseTheirEdgesAndTheReferenceIsReused() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(i < 50 ? "(1)" : i < 80 ? "(2)" : "(3)");
    }
    table("q_ties", "amount integer", rows);
    DriftCheck check = psi("amount", 10);
    RunResult first = run("q_ties", check);
    Histogram h = stored(first);
    assertThat(h.binCount()).isEqualTo(3);
    assertThat(h.counts()).containsExactly(50L, 30L, 20L);
    assertThat(h.edges()).containsExactly(1.0, 2.0, 3.0, 3.0);
    assertThat(h.requestedBins()).isEqualTo(10);

    // three bins asked for ten: still this check's reference, counted in the scan
    RunResult second = run("q_ties", check);
    assertThat(second.plan().separate(QueryKind.HISTOGRAM)).isEmpty();
    assertThat(second.plan().fused().metrics())
        .contains(MetricKey.bin(check.name(), 2))
        .doesNotContain(MetricKey.bin(check.name(), 3));
    assertThat(only(second).status()).isEqualTo(Status.PASS);
    assertThat(only(second).message())
        .contains("over 3 quantile bins of run " + first.run().id().value());

    // the mix moves to the top value
    rows.clear();
    for (int i = 0; i < 100; i++) {
      rows.add(i < 20 ? "(1)" : i < 50 ? "(2)" : "(3)");
    }
    table("q_ties", "amount integer", rows);
    assertThat(only(run("q_ties", check)).status()).isEqualTo(Status.FAIL);

    // another bins setting does not reuse it
    RunResult five = run("q_ties", psi("amount", 5));
    assertThat(five.plan().separate(QueryKind.HISTOGRAM)).hasSize(1);
  }

  @Test
  void aConstantColumnHasOneBinAndAnEmptyScopeStoresNoReference() {
    numbers("q_const", 7, 7, 7, 7, 7);
    DriftCheck check = psi("amount", 10);
    RunResult first = run("q_const", check);
    Histogram h = stored(first);
    assertThat(h.edges()).containsExactly(7.0, 7.0);
    assertThat(h.counts()).containsExactly(5L);
    RunResult second = run("q_const", check);
    assertThat(second.plan().separate(QueryKind.HISTOGRAM)).isEmpty();
    assertThat(second.plan().fused().metrics()).contains(MetricKey.bin(check.name(), 0));
    assertThat(only(second).status()).isEqualTo(Status.PASS);
    assertThat(stored(second).counts()).containsExactly(5L);

    table("q_empty", "amount float8", List.of("('NaN')", "(null)"));
    RunResult empty = run("q_empty", check);
    assertThat(only(empty).status()).isEqualTo(Status.PASS);
    assertThat(stored(empty).total()).isZero();
    // as before: an empty load is no reference, the next run measures one
    RunResult next = run("q_empty", check);
    assertThat(next.plan().separate(QueryKind.HISTOGRAM)).hasSize(1);
    assertThat(only(next).message()).startsWith("learning baseline");
  }

  @Test
  void theLoadScopeNarrowsTheReference() {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      rows.add("('a', " + i + ")");
      rows.add("('b', " + (1000 + i) + ")");
    }
    table("q_scope", "batch varchar(8), amount float8", rows);
    DriftCheck check = psi("amount", 4);
    DataContract scoped = contract("q_scope", "batch = :load_id", List.of(check));
    RunResult first = run(scoped, "b");
    Histogram h = stored(first);
    assertThat(h.total()).isEqualTo(100);
    assertThat(h.edges()).containsExactly(1001.0, 1025.0, 1050.0, 1075.0, 1100.0);
    assertThat(first.plan().separate(QueryKind.HISTOGRAM).get(0).params())
        .containsExactly("b", 0.25, 0.5, 0.75);
    // the other batch, against b's bins: everything below the first edge
    CheckOutcome other = only(run(scoped, "a"));
    assertThat(other.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void temporalColumnsAreBinnedInEpochSeconds() {
    List<String> rows = new ArrayList<>();
    LocalDateTime start = LocalDateTime.parse("2024-01-01T00:00:00");
    for (int i = 0; i < 100; i++) {
      rows.add("('" + start.plusDays(i).toString().replace('T', ' ') + ":00')");
    }
    table("q_time", "loaded_at timestamp", rows);
    DriftCheck check = psi("loaded_at", 4);
    Histogram h = stored(run("q_time", check));
    long day = 86_400;
    long epoch = start.toEpochSecond(ZoneOffset.UTC);
    assertThat(h.edges())
        .containsExactly(
            (double) epoch,
            (double) epoch + 24 * day,
            (double) epoch + 49 * day,
            (double) epoch + 74 * day,
            (double) epoch + 99 * day);
    assertThat(h.counts()).containsExactly(24L, 25L, 25L, 26L);
    assertThat(only(run("q_time", check)).status()).isEqualTo(Status.PASS);
  }

  @Test
  void anEqualWidthReferenceStoredBeforeQuantileBinsIsStillUsed() {
    numbers("q_old", range(0, 99));
    DriftCheck check = psi("amount", 4);
    RunResult first = run("q_old", check);
    // history from before quantile bins: equal-width edges over [min, max], nothing else
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "update checks.metric_value set detail = cast(:d as jsonb)"
                        + " where run_id = :r and metric = 'histogram'")
                .bind("d", "{\"edges\": [0, 24.75, 49.5, 74.25, 99], \"counts\": [25, 25, 25, 25]}")
                .bind("r", first.run().id().value())
                .execute());
    RunResult second = run("q_old", check);
    assertThat(second.plan().separate(QueryKind.HISTOGRAM)).isEmpty();
    assertThat(stored(second).binning()).isEqualTo(Histogram.Binning.EQUAL_WIDTH);
    assertThat(stored(second).counts()).containsExactly(25L, 25L, 25L, 25L);
    assertThat(only(second).message())
        .isEqualTo(
            "PSI 0.0000 over 4 bins (no drift beyond the thresholds; warn 0.1, fail 0.25) against"
                + " run "
                + first.run().id().value());
  }
}
