package org.pactum.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.checks.Contracts.AT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.checks.Contracts;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * Backfill on PostgreSQL: a table with 20 days of loads, 14 of them backfilled through the run
 * coordinator; a later ordinary run is judged by an already trained baseline, a repeat replaces the
 * days, and contracts a backfill cannot scope are refused naming the field.
 */
@ExtendWith(PostgresExtension.class)
class BackfillTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-10-01");
  private static final Instant NOW = Instant.parse("2026-10-21T08:00:00Z");
  private static final String SCOPE = "loaded_at >= :since and loaded_at < :until";
  private static final int[] ROWS = {
    100, 103, 98, 101, 99, 102, 97, 100, 104, 99, 101, 98, 102, 100, 101, 99, 103, 100, 98, 102
  };

  private final TestDatabase db;
  private final Jdbi jdbi;
  private final CheckEngine engine;
  private final RunCoordinator coordinator;
  private final List<RunResult> finished = new CopyOnWriteArrayList<>();
  private final RowCountCheck rowCount =
      new RowCountCheck("row_count_anomaly", Bounds.NONE, Bounds.NONE, AnomalySpec.DEFAULTS, AT);
  private final NotNullCheck notNull =
      new NotNullCheck("not_null(id)", "id", Thresholds.STRICT, AT);

  BackfillTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    JdbiCheckStore store = new JdbiCheckStore(jdbi);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    this.engine =
        new CheckEngine(
            store,
            store,
            name -> name.equals("warehouse") ? db.dataSource() : null,
            clock,
            EngineSettings.DEFAULTS);
    this.coordinator = new RunCoordinator(engine, store, store, 2, 10, finished::add, clock);
    db.execute("drop table if exists bf_orders");
    db.execute("create table bf_orders (id int, loaded_at timestamptz)");
    for (int day = 0; day < ROWS.length; day++) {
      Instant start = FIRST.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant();
      db.execute(
          "insert into bf_orders select g, timestamptz '"
              + start
              + "' + g * interval '1 minute' from generate_series(1, "
              + ROWS[day]
              + ") g");
    }
  }

  @AfterEach
  void close() {
    coordinator.close();
    engine.close();
  }

  private CheckedContract contract(String scope, List<Check> checks) {
    return new CheckedContract(Contracts.contract("bf_orders", scope, checks), 3);
  }

  private Backfill backfill(int maxDays) {
    return new Backfill(coordinator, maxDays, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private List<Backfill.Day> run(CheckedContract cv, LocalDate from, LocalDate to)
      throws InterruptedException {
    List<Backfill.Day> progress = new ArrayList<>();
    List<Backfill.Day> days = backfill(366).run(backfill(366).plan(cv, from, to), progress::add);
    assertThat(progress).isEqualTo(days);
    return days;
  }

  private int count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private List<OffsetDateTime> rowCountObservations() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select observed_at from checks.metric_value where metric = 'row_count'"
                        + " order by observed_at")
                .mapTo(OffsetDateTime.class)
                .list());
  }

  @Test
  void fourteenBackfilledDaysTrainTheBaselineForTheNextRun() throws Exception {
    CheckedContract cv = contract(SCOPE, List.of(rowCount, notNull));
    List<Backfill.Day> days = run(cv, FIRST, FIRST.plusDays(14));

    assertThat(days).hasSize(14);
    assertThat(days.get(4))
        .isEqualTo(
            new Backfill.Day(
                5,
                14,
                LocalDate.parse("2026-10-05"),
                "backfill:test.contract:2026-10-05",
                Status.PASS,
                1,
                null));
    assertThat(days).allSatisfy(d -> assertThat(d.status()).isEqualTo(Status.PASS));
    // each day's metrics are observed at the day's end, not now
    List<OffsetDateTime> at = rowCountObservations();
    assertThat(at).hasSize(14);
    assertThat(at.get(0).toInstant()).isEqualTo(Instant.parse("2026-10-02T00:00:00Z"));
    assertThat(at.get(13).toInstant()).isEqualTo(Instant.parse("2026-10-15T00:00:00Z"));
    // each day measured only its own rows, and only the aggregate checks ran
    assertThat(finished).hasSize(14);
    assertThat(finished)
        .allSatisfy(
            r -> {
              assertThat(r.run().trigger()).isEqualTo(Backfill.TRIGGER);
              assertThat(r.results())
                  .extracting(CheckOutcome::checkName)
                  .containsExactly("row_count_anomaly");
            });
    assertThat(finished.get(1).result("row_count_anomaly").orElseThrow().observedValue())
        .isEqualTo(103.0);
    assertThat(count("select count(*) from checks.check_run where trigger = 'backfill'"))
        .isEqualTo(14);

    // the next ordinary run is judged by a trained baseline: no "learning: x of 7"
    Instant since = FIRST.plusDays(14).atStartOfDay(ZoneOffset.UTC).toInstant();
    CheckOutcome judged =
        engine
            .run(
                new RunRequest(
                    new RunId("after-backfill"),
                    cv.contract(),
                    3,
                    Trigger.API,
                    null,
                    Map.of("since", since, "until", since.plus(Duration.ofDays(1)))))
            .result("row_count_anomaly")
            .orElseThrow();
    assertThat(judged.status()).isEqualTo(Status.PASS);
    assertThat(judged.message()).doesNotContain("learning").contains("within the expected band");
    @SuppressWarnings("unchecked")
    Map<String, Object> band =
        (Map<String, Object>)
            ((Map<String, Object>) judged.thresholds().get("anomaly")).get("band");
    assertThat(band).containsEntry("training_size", 14);
  }

  @Test
  void aRepeatedBackfillReplacesItsDaysAndNeverDuplicates() throws Exception {
    CheckedContract cv = contract(SCOPE, List.of(rowCount));
    run(cv, FIRST, FIRST.plusDays(5));
    List<OffsetDateTime> first = rowCountObservations();
    run(cv, FIRST.plusDays(2), FIRST.plusDays(7)); // overlaps three days
    List<OffsetDateTime> again = rowCountObservations();
    // a past day is judged by what was known then: day 3 (index 2) trains on days 1 and 2 only,
    // not on days 4 and 5 stored by the first backfill
    assertThat(finished.get(5).run().id().value()).isEqualTo("backfill:test.contract:2026-10-03");
    assertThat(finished.get(5).result("row_count_anomaly").orElseThrow().message())
        .endsWith("learning: 2 of 7");
    assertThat(first).hasSize(5);
    assertThat(again).hasSize(7).doesNotHaveDuplicates();
    assertThat(count("select count(*) from checks.check_run")).isEqualTo(7);
  }

  @Test
  void refusesWhatItCannotScopeOrBound() {
    CheckedContract noScope = contract(null, List.of(rowCount));
    assertThatThrownBy(() -> backfill(366).plan(noScope, FIRST, FIRST.plusDays(3)))
        .isInstanceOfSatisfying(
            ChecksException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID_FIELD);
              assertThat(e.getMessage())
                  .startsWith("dataset.load_scope: contract 'test.contract' has none")
                  .contains(":since and :until");
            });
    assertThatThrownBy(
            () ->
                backfill(366)
                    .plan(
                        contract("loaded_at >= :since", List.of(rowCount)),
                        FIRST,
                        FIRST.plusDays(1)))
        .hasMessageStartingWith("dataset.load_scope: must use both :since and :until")
        .hasMessageContaining("(it uses :since)");
    assertThatThrownBy(
            () ->
                backfill(366)
                    .plan(
                        contract(SCOPE + " and batch = :load_id", List.of(rowCount)),
                        FIRST,
                        FIRST.plusDays(1)))
        .hasMessageStartingWith("dataset.load_scope: uses :load_id");
    CheckedContract cv = contract(SCOPE, List.of(rowCount));
    assertThatThrownBy(() -> backfill(10).plan(cv, FIRST, FIRST.plusDays(11)))
        .hasMessage(
            "to: the range has 11 days; one backfill covers at most 10 (checks.maxBackfillDays):"
                + " split it");
    assertThatThrownBy(() -> backfill(366).plan(cv, FIRST, FIRST))
        .hasMessageStartingWith("to: must be after from");
    assertThatThrownBy(() -> backfill(366).plan(cv, FIRST, LocalDate.parse("2026-10-23")))
        .hasMessage("to: 2026-10-23 is in the future; the latest a backfill may end is 2026-10-22");
    assertThatThrownBy(
            () -> backfill(366).plan(contract(SCOPE, List.of(notNull)), FIRST, FIRST.plusDays(1)))
        .hasMessageStartingWith("checks: contract 'test.contract' has no aggregate check");
    assertThatThrownBy(() -> Backfill.date("from", "10/01/2026"))
        .hasMessage("from: '10/01/2026' is not a date (YYYY-MM-DD, UTC days)");
    assertThat(backfill(366).plan(cv, FIRST, LocalDate.parse("2026-10-22")).days()).hasSize(21);
  }
}
