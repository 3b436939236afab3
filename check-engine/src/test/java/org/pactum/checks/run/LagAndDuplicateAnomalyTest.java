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
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.MetricValueDao;
import org.pactum.checks.db.MetricValueRow;
import org.pactum.checks.learn.LearnedMetrics;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * {@code anomaly:} on a freshness check's lag and on {@code duplicate_count}, on PostgreSQL: the
 * values are stored as metrics ({@code freshness_lag}, {@code duplicate_count}), the learning phase
 * passes, a trained baseline flags a late load or a surge of duplicates that fixed limits alone
 * would let through, and the outlier is not learned from.
 */
@ExtendWith(PostgresExtension.class)
class LagAndDuplicateAnomalyTest {
  private static final Instant DAY0 = Instant.parse("2024-05-06T07:00:00Z");

  private final TestDatabase db;
  private final Jdbi jdbi;
  private final MovableClock clock = new MovableClock();
  private final CheckEngine engine;

  LagAndDuplicateAnomalyTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    JdbiCheckStore store = new JdbiCheckStore(jdbi);
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

  private List<MetricValueRow> stored(String runId, String metric) {
    return jdbi.withExtension(MetricValueDao.class, d -> d.forRun(runId)).stream()
        .filter(r -> r.metric().equals(metric))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> band(CheckOutcome o) {
    return (Map<String, Object>) ((Map<String, Object>) o.thresholds().get("anomaly")).get("band");
  }

  @Test
  void aLateLoadIsAnAnomalyOfTheFreshnessLagLongBeforeMaxAge() {
    FreshnessCheck check =
        new FreshnessCheck(
            "freshness(loaded_at)",
            "loaded_at",
            Duration.ofDays(1),
            null,
            AnomalySpec.DEFAULTS,
            AT);
    DataContract c = contract("lag_orders", null, List.of(check));
    assertThat(LearnedMetrics.of(check))
        .containsExactly(MetricKey.column("freshness_lag", "loaded_at"));
    // the load usually lands about an hour before the run
    int[] lagSeconds = {3600, 3720, 3540, 3660, 3480, 3630, 3570, 3690, 3510, 3600};
    for (int day = 0; day < lagSeconds.length; day++) {
      CheckOutcome o = runFreshness(c, day, lagSeconds[day]);
      assertThat(o.status()).as(o.message()).isEqualTo(Status.PASS);
      assertThat(o.observedValue()).isEqualTo((double) lagSeconds[day]);
      assertThat(stored("lag-" + day, "freshness_lag"))
          .extracting(MetricValueRow::value, MetricValueRow::columnName)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple((double) lagSeconds[day], "loaded_at"));
      if (day < 7) {
        assertThat(o.message()).endsWith("learning: " + day + " of 7");
      } else {
        assertThat(o.message()).contains("is within the expected band");
      }
    }
    // five hours late: well within max_age 1d, but not the usual rhythm
    CheckOutcome late = runFreshness(c, 10, 5 * 3600);
    assertThat(late.status()).isEqualTo(Status.FAIL);
    assertThat(late.message())
        .startsWith("newest \"loaded_at\" is ")
        .contains("5h old")
        .doesNotContain("older than max_age")
        .contains("freshness_lag(loaded_at) 18,000 is above the expected band");
    assertThat(band(late)).containsEntry("training_size", 10).containsEntry("outlier", true);
    assertThat(late.thresholds()).containsEntry("max_age_seconds", 86400L);
    assertThat(stored("lag-10", "freshness_lag"))
        .extracting(MetricValueRow::anomalous)
        .containsExactly(true);
    // the late load is not learned from: the next usual load is judged by the same ten
    CheckOutcome next = runFreshness(c, 11, 3600);
    assertThat(next.status()).isEqualTo(Status.PASS);
    assertThat(band(next)).containsEntry("training_size", 10);
  }

  private CheckOutcome runFreshness(DataContract c, int day, int lagSeconds) {
    Instant runAt = DAY0.plus(Duration.ofDays(day));
    db.execute("drop table if exists lag_orders");
    db.execute("create table lag_orders (id int, loaded_at timestamptz)");
    db.execute(
        "insert into lag_orders values (1, timestamptz '"
            + runAt.minusSeconds(lagSeconds + 600L)
            + "'), (2, timestamptz '"
            + runAt.minusSeconds(lagSeconds)
            + "')");
    clock.at = runAt;
    return engine
        .run(new RunRequest(new RunId("lag-" + day), c, 1, Trigger.API, null, Map.of()))
        .results()
        .get(0);
  }

  @Test
  void aSurgeOfDuplicatesIsAnAnomalyAndFixedLimitsStillApply() {
    MetricCheck learned =
        new MetricCheck(
            "duplicate_count_anomaly(event_id)",
            Metric.DUPLICATE_COUNT,
            "event_id",
            Bounds.NONE,
            Bounds.NONE,
            AnomalySpec.DEFAULTS,
            AT);
    MetricCheck limited =
        new MetricCheck(
            "duplicate_count(event_id)",
            Metric.DUPLICATE_COUNT,
            "event_id",
            new Bounds(null, 30.0),
            Bounds.NONE,
            null,
            AT);
    DataContract c = contract("dup_events", null, List.of(learned, limited));
    assertThat(LearnedMetrics.of(learned))
        .containsExactly(MetricKey.column("duplicate_count", "event_id"));
    // a few at-least-once redeliveries a day are normal
    int[] duplicates = {5, 6, 4, 5, 7, 5, 4, 6, 5, 6};
    for (int day = 0; day < duplicates.length; day++) {
      RunResult r = runDuplicates(c, day, duplicates[day]);
      CheckOutcome o = r.result(learned.name()).orElseThrow();
      assertThat(o.status()).as(o.message()).isEqualTo(Status.PASS);
      assertThat(o.observedValue()).isEqualTo((double) duplicates[day]);
      assertThat(stored("dup-" + day, "duplicate_count"))
          .extracting(MetricValueRow::value)
          .containsExactly((double) duplicates[day]);
      assertThat(o.message())
          .startsWith("duplicate_count(event_id) = " + duplicates[day])
          .contains(day < 7 ? "learning: " + day + " of 7" : "is within the expected band");
      assertThat(r.result(limited.name()).orElseThrow().status()).isEqualTo(Status.PASS);
    }
    // a surge below the fixed limit of 30 is still an anomaly
    RunResult surge = runDuplicates(c, 10, 25);
    CheckOutcome anomalous = surge.result(learned.name()).orElseThrow();
    assertThat(anomalous.status()).isEqualTo(Status.FAIL);
    assertThat(anomalous.message())
        .contains("duplicate_count(event_id) 25 is above the expected band");
    assertThat(surge.result(limited.name()).orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(stored("dup-10", "duplicate_count"))
        .extracting(MetricValueRow::anomalous)
        .containsExactly(true);
    // beyond the fixed limit: FAIL from the band as well
    CheckOutcome overLimit = runDuplicates(c, 11, 40).result(limited.name()).orElseThrow();
    assertThat(overLimit.status()).isEqualTo(Status.FAIL);
    assertThat(overLimit.message())
        .isEqualTo("duplicate_count(event_id) = 40, outside the fail band [-∞, 30]");
  }

  /** 100 distinct events, {@code duplicates} of them delivered twice, and some null ids. */
  private RunResult runDuplicates(DataContract c, int day, int duplicates) {
    db.execute("drop table if exists dup_events");
    db.execute(
        "create table dup_events as select g as event_id from generate_series(1, 100) g"
            + " union all select g from generate_series(1, "
            + duplicates
            + ") g union all select null from generate_series(1, 3)");
    clock.at = DAY0.plus(Duration.ofDays(day));
    return engine.run(new RunRequest(new RunId("dup-" + day), c, 1, Trigger.API, null, Map.of()));
  }

  /** A clock the test moves from run to run. */
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
