package org.pactum.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.Contracts.AT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.checks.Contracts;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.MeasuredRun;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.JdbiRunHistory;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * Windows measured elsewhere (a stream) are judged like a scan: strict checks by their failing
 * fraction, volume by a baseline learned from the stream's own earlier windows (never the table's),
 * stored with trigger {@code stream}, replaced when offered again, and announced to the listener.
 */
@ExtendWith(PostgresExtension.class)
class MeasuredRunsTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final DatasetKey STREAM = new DatasetKey("kafka", "orders");
  private static final long[] VOLUME = {
    600, 612, 590, 605, 598, 611, 602, 595, 608, 600, 603, 597, 606, 599, 601, 604, 596, 609
  };

  private final List<Object> announced = new CopyOnWriteArrayList<>();
  private final MeasuredRuns runs;
  private final JdbiRunHistory history;
  private final NotNullCheck notNull =
      new NotNullCheck("not_null(customer_id)", "customer_id", Thresholds.STRICT, AT);
  private final RowCountCheck volume =
      new RowCountCheck("volume", Bounds.NONE, Bounds.NONE, AnomalySpec.DEFAULTS, AT);
  private final DataContract contract =
      Contracts.contract("orders", null, List.of(notNull, volume));

  MeasuredRunsTest(TestDatabase db) {
    db.execute("delete from checks.check_run where dataset = 'kafka:orders'");
    Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    JdbiCheckStore store = new JdbiCheckStore(jdbi);
    CheckEngine engine =
        new CheckEngine(
            store, store, name -> null, Clock.fixed(T0, ZoneOffset.UTC), EngineSettings.DEFAULTS);
    runs = new MeasuredRuns(engine, announced::add);
    history = new JdbiRunHistory(jdbi);
  }

  private MeasuredRun window(int minute, long rows, long nullCustomers) {
    Instant start = T0.plus(Duration.ofMinutes(minute));
    return new MeasuredRun(
        new RunId("stream:test.contract:" + start),
        contract,
        1,
        STREAM,
        Trigger.STREAM,
        start,
        start.plusSeconds(60),
        Map.of("window_start", start.toString()),
        List.<Check>of(notNull, volume),
        Map.of(MetricKey.ROW_COUNT, rows, MetricKey.nullCount("customer_id"), nullCustomers));
  }

  @Test
  void aWindowIsJudgedStoredWithItsBoundsAndAnnounced() {
    RunResult r = runs.record(window(0, 600, 3));
    Run run = r.run();
    assertThat(run.trigger()).isEqualTo(Trigger.STREAM);
    assertThat(run.datasetText()).isEqualTo("kafka:orders");
    assertThat(run.startedAt()).isEqualTo(T0);
    assertThat(run.finishedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(run.state()).isEqualTo(RunState.FAIL);
    CheckOutcome nulls = r.result("not_null(customer_id)").orElseThrow();
    assertThat(nulls.status()).isEqualTo(Status.FAIL);
    assertThat(nulls.observedValue()).isEqualTo(3 / 600.0);
    assertThat(announced).containsExactly(r);
    assertThat(history.find(run.id()).orElseThrow().state()).isEqualTo(RunState.FAIL);
  }

  @Test
  void aWindowOfferedAgainReplacesItsRun() {
    runs.record(window(1, 600, 3));
    runs.record(window(1, 600, 0));
    List<Run> stored = history.list("test.contract", null, T0, 100);
    assertThat(stored).filteredOn(r -> r.startedAt().equals(T0.plusSeconds(60))).hasSize(1);
    assertThat(stored.stream().filter(r -> r.startedAt().equals(T0.plusSeconds(60))))
        .extracting(Run::state)
        .containsExactly(RunState.PASS);
  }

  @Test
  void volumeIsJudgedAgainstTheStreamsOwnEarlierWindows() {
    for (int i = 0; i < VOLUME.length; i++) {
      RunResult r = runs.record(window(10 + i, VOLUME[i], 0));
      assertThat(r.result("not_null(customer_id)").orElseThrow().status()).isEqualTo(Status.PASS);
    }
    RunResult usual = runs.record(window(10 + VOLUME.length, 603, 0));
    assertThat(usual.result("volume").orElseThrow().status()).isEqualTo(Status.PASS);
    RunResult drop = runs.record(window(11 + VOLUME.length, 40, 0));
    assertThat(drop.result("volume").orElseThrow().status()).isEqualTo(Status.FAIL);
  }
}
