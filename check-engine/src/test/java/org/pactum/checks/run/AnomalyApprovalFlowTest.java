package org.pactum.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.Contracts.AT;
import static org.pactum.checks.Contracts.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.MetricValueDao;
import org.pactum.checks.db.MetricValueRow;
import org.pactum.checks.learn.LearnedMetrics;
import org.pactum.checks.learn.StoredMetric;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * The learned baseline end to end on PostgreSQL: daily loads through the engine and the result log,
 * an unintended spike (FAIL, stored as an outlier and not learned from), an intended change (FAIL)
 * approved as the new normal, and later verdicts that learn from the approval and say so.
 */
@ExtendWith(PostgresExtension.class)
class AnomalyApprovalFlowTest {
  private static final Instant DAY0 = Instant.parse("2024-03-04T06:00:00Z");
  private static final String DATASET = "warehouse:ap_orders";

  private final TestDatabase db;
  private final Jdbi jdbi;
  private final JdbiCheckStore store;
  private final MovableClock clock = new MovableClock();
  private final CheckEngine engine;
  private final RowCountCheck check =
      new RowCountCheck("row_count_anomaly", Bounds.NONE, Bounds.NONE, AnomalySpec.DEFAULTS, AT);
  private final DataContract contract = contract("ap_orders", null, List.of(check));

  AnomalyApprovalFlowTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    this.store = new JdbiCheckStore(jdbi);
    this.engine =
        new CheckEngine(
            store,
            store,
            name -> name.equals("warehouse") ? db.dataSource() : null,
            clock,
            EngineSettings.DEFAULTS);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private RunResult load(int day, int rows) {
    db.execute("drop table if exists ap_orders");
    db.execute("create table ap_orders as select g as id from generate_series(1, " + rows + ") g");
    clock.at = DAY0.plus(Duration.ofDays(day));
    return engine.run(
        new RunRequest(new RunId("day-" + day), contract, 1, Trigger.API, null, Map.of()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> band(CheckOutcome o) {
    return (Map<String, Object>) ((Map<String, Object>) o.thresholds().get("anomaly")).get("band");
  }

  @Test
  void learnsFlagsOutliersAndRestartsFromAnApproval() {
    int[] normal = {1000, 1010, 990, 1005, 995, 1008, 992, 1003, 997, 1000};
    for (int day = 0; day < normal.length; day++) {
      CheckOutcome o = load(day, normal[day]).results().get(0);
      assertThat(o.status()).isEqualTo(Status.PASS);
      if (day < 7) {
        assertThat(o.message()).endsWith("learning: " + day + " of 7");
      } else {
        assertThat(o.message()).contains("is within the expected band");
      }
    }

    // An unintended spike: FAIL with the band, stored as an outlier.
    CheckOutcome spike = load(10, 1500).results().get(0);
    assertThat(spike.status()).isEqualTo(Status.FAIL);
    assertThat(spike.message()).contains("row_count 1,500 is above the expected band");
    Map<String, Object> b = band(spike);
    assertThat((Double) b.get("expected")).isBetween(995.0, 1005.0);
    assertThat((Double) b.get("upper")).isBetween(1005.0, 1100.0);
    assertThat(b).containsEntry("training_size", 10).containsEntry("outlier", true);
    assertThat(
            jdbi.withExtension(MetricValueDao.class, d -> d.forRun("day-10")).stream()
                .filter(r -> r.metric().equals("row_count"))
                .map(MetricValueRow::anomalous))
        .containsExactly(true);

    // The next normal load is judged without the spike in training.
    CheckOutcome next = load(11, 1002).results().get(0);
    assertThat(next.status()).isEqualTo(Status.PASS);
    assertThat(band(next)).containsEntry("training_size", 10);

    // An intended change fails until the owner approves it as the new normal, from its first run.
    CheckOutcome change = load(12, 2000).results().get(0);
    assertThat(change.status()).isEqualTo(Status.FAIL);
    assertThat(
            store.resetBaseline(
                DATASET,
                LearnedMetrics.of(check),
                "owner@example.com",
                "new market launched",
                "day-12",
                DAY0.plus(Duration.ofDays(12)).plusSeconds(3600)))
        .isTrue();
    assertThat(
            store.resetBaseline(
                DATASET, LearnedMetrics.of(check), "x", "y", "no-such-run", Instant.now()))
        .isFalse();

    assertThat(store.observationCount(DATASET, "row_count", "", "none")).isEqualTo(1);
    assertThat(
            jdbi.withExtension(MetricValueDao.class, d -> d.forRun("day-12")).stream()
                .filter(r -> r.metric().equals("row_count"))
                .map(MetricValueRow::anomalous))
        .containsExactly(false);
    assertThat(store.recent(DATASET, "row_count", "", 10, "none"))
        .extracting(StoredMetric::value, StoredMetric::anomalous)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2000.0, false));
    CheckOutcome after = load(13, 2010).results().get(0);
    assertThat(after.status()).isEqualTo(Status.PASS);
    assertThat(after.message())
        .contains("learning: 1 of 7")
        .endsWith(
            "baseline reset approved by owner@example.com on 2024-03-16: new market launched");
    assertThat(band(after).get("reset"))
        .isEqualTo(
            Map.of(
                "approved_by", "owner@example.com",
                "approved_at", "2024-03-16T07:00:00Z",
                "reason", "new market launched",
                "from_run", "day-12"));
    for (int day = 14; day < 20; day++) {
      load(day, 2000 + (day % 2 == 0 ? 8 : -8));
    }
    CheckOutcome judged = load(20, 2004).results().get(0);
    assertThat(judged.status()).isEqualTo(Status.PASS);
    assertThat(judged.message()).contains("is within the expected band");
    assertThat((Double) band(judged).get("expected")).isBetween(1990.0, 2015.0);
    assertThat(load(21, 1000).results().get(0).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void ksDriftComparesWithTheLatestSampleSinceTheColumnsBaselineReset() {
    DriftCheck ks =
        new DriftCheck("ks(amount)", "amount", DriftMethod.KS, new Thresholds(0.2, 0.3), 10, AT);
    DataContract drift = contract("ap_amounts", null, List.of(ks));
    java.util.function.BiFunction<Integer, Integer, CheckOutcome> load =
        (day, offset) -> {
          db.execute("drop table if exists ap_amounts");
          db.execute(
              "create table ap_amounts as select ("
                  + offset
                  + " + g % 100)::float8 as amount from generate_series(1, 3000) g");
          clock.at = DAY0.plus(Duration.ofDays(day));
          return engine
              .run(
                  new RunRequest(new RunId("ks-day-" + day), drift, 1, Trigger.API, null, Map.of()))
              .results()
              .get(0);
        };
    assertThat(load.apply(0, 0).message()).startsWith("learning baseline");
    CheckOutcome same = load.apply(1, 0);
    assertThat(same.status()).isEqualTo(Status.PASS);
    assertThat(same.message())
        .contains("between 2000 reference and 2000 current values")
        .endsWith("against run ks-day-0");
    CheckOutcome moved = load.apply(2, 50);
    assertThat(moved.status()).isEqualTo(Status.FAIL);
    assertThat(moved.message()).endsWith("against run ks-day-1");

    // the move is intended: approved as the new normal after day 2, without a from_run
    assertThat(
            store.resetBaseline(
                "warehouse:ap_amounts",
                LearnedMetrics.of(ks),
                "owner@example.com",
                "prices went up",
                null,
                DAY0.plus(Duration.ofDays(2)).plusSeconds(60)))
        .isTrue();
    assertThat(load.apply(3, 50).message()).startsWith("learning baseline");
    CheckOutcome next = load.apply(4, 50);
    assertThat(next.status()).isEqualTo(Status.PASS);
    assertThat(next.message()).endsWith("against run ks-day-3");
  }

  /** A clock the test moves from load to load. */
  private static final class MovableClock extends Clock {
    Instant at = DAY0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return at;
    }
  }
}
