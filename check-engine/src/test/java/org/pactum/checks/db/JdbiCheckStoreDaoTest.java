package org.pactum.checks.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.contracts.model.CheckType;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class JdbiCheckStoreDaoTest {
  private final Jdbi jdbi;
  private final JdbiCheckStore store;

  JdbiCheckStoreDaoTest(TestDatabase db) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    store = new JdbiCheckStore(jdbi);
  }

  private static Run run(String id, Instant at) {
    return run(id, "orders", at);
  }

  /** A run started at {@code at}. */
  private static Run run(String id, String contract, Instant at) {
    return new Run(
        new RunId(id),
        contract,
        3,
        "3.1.0",
        DatasetKey.parse("wh:public.orders"),
        Trigger.API,
        "load-1",
        Map.of("since", "2024-01-01"),
        RunState.RUNNING,
        null,
        at,
        null,
        null);
  }

  @Test
  void writesRunResultsAndMetricsAndReplacesOnRepeat() {
    Instant at = Instant.parse("2024-06-01T00:00:00Z");
    CheckOutcome outcome =
        new CheckOutcome(
            "not_null(a)",
            CheckType.NOT_NULL,
            "a",
            Status.FAIL,
            0.5,
            "1/2",
            Map.of("fail", 0.0),
            "1 of 2 rows are null",
            List.of(Map.of("a", "<masked>")),
            0);
    for (int i = 0; i < 2; i++) {
      store.runStarted(run("r1", at));
      assertThat(jdbi.withExtension(CheckRunDao.class, d -> d.find("r1")).orElseThrow().status())
          .isEqualTo("RUNNING");
      store.runFinished(
          run("r1", at).finished(Status.FAIL, at.plusSeconds(1), null),
          List.of(outcome),
          List.of(
              new MetricObservation("row_count", "", 2),
              new MetricObservation(
                  "histogram", "a", 2, Map.of("edges", List.of(0.0, 1.0), "counts", List.of(2L)))),
          at.plusSeconds(1));
    }
    RunRow row = jdbi.withExtension(CheckRunDao.class, d -> d.find("r1")).orElseThrow();
    assertThat(row.status()).isEqualTo("FAIL");
    assertThat(row.contractVersion()).isEqualTo(3);
    assertThat(row.scopeParams()).isEqualTo("{\"since\": \"2024-01-01\"}");
    List<CheckResultRow> results = jdbi.withExtension(CheckResultDao.class, d -> d.forRun("r1"));
    assertThat(results).hasSize(1);
    assertThat(results.get(0).failedRowsSample()).isEqualTo("[{\"a\": \"<masked>\"}]");
    List<MetricValueRow> metrics = jdbi.withExtension(MetricValueDao.class, d -> d.forRun("r1"));
    assertThat(metrics).hasSize(2);
    assertThat(store.latest("wh:public.orders", "histogram", "a", "other").orElseThrow().detail())
        .containsEntry("counts", List.of(2));
  }

  @Test
  void latestRunOfEachContractInOneQuery() {
    Instant t0 = Instant.parse("2024-06-01T00:00:00Z");
    store.runStarted(run("o-1", "orders", t0));
    store.runFinished(
        run("o-1", "orders", t0).finished(Status.FAIL, t0, null), List.of(), List.of(), t0);
    store.runStarted(run("o-2", "orders", t0.plusSeconds(60)));
    store.runStarted(run("p-1", "payments", t0.plusSeconds(30)));
    store.runFinished(
        run("p-1", "payments", t0.plusSeconds(30)).finished(Status.PASS, t0, null),
        List.of(),
        List.of(),
        t0);
    var latest = new JdbiRunHistory(jdbi).latest(List.of("orders", "payments", "never-run"));
    assertThat(latest).containsOnlyKeys("orders", "payments");
    assertThat(latest.get("orders").id().value()).isEqualTo("o-2");
    assertThat(latest.get("orders").state().name()).isEqualTo("RUNNING");
    assertThat(latest.get("payments").state().name()).isEqualTo("PASS");
    assertThat(new JdbiRunHistory(jdbi).latest(List.of())).isEmpty();
  }

  @Test
  void historyCountsStartAfterTheLatestBaselineReset() {
    Instant t0 = Instant.parse("2024-06-01T00:00:00Z");
    for (int i = 0; i < 3; i++) {
      String id = "h" + i;
      Instant at = t0.plusSeconds(3600L * i);
      store.runStarted(run(id, at));
      store.runFinished(
          run(id, at).finished(Status.PASS, at, null),
          List.of(),
          List.of(new MetricObservation("mean", "amount", 10 + i)),
          at);
    }
    assertThat(store.observationCount("wh:public.orders", "mean", "amount", "h2")).isEqualTo(2);
    jdbi.useExtension(
        BaselineResetDao.class,
        d ->
            d.insert(
                new BaselineResetRow(
                    "wh:public.orders",
                    "mean",
                    "amount",
                    "new source system",
                    "steward@example.com",
                    OffsetDateTime.ofInstant(t0.plusSeconds(5400), ZoneOffset.UTC),
                    null,
                    OffsetDateTime.ofInstant(t0.plusSeconds(5400), ZoneOffset.UTC))));
    List<BaselineResetRow> resets =
        jdbi.withExtension(BaselineResetDao.class, d -> d.forDataset("wh:public.orders"));
    assertThat(resets).hasSize(1);
    assertThat(store.observationCount("wh:public.orders", "mean", "amount", "none")).isEqualTo(1);
    assertThat(store.recent("wh:public.orders", "mean", "amount", 10, "none"))
        .extracting(m -> m.value())
        .containsExactly(12.0);
  }
}
