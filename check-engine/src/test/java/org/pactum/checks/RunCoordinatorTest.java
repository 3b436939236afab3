package org.pactum.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.checks.TestContracts.contract;
import static org.pactum.checks.TestContracts.freshness;
import static org.pactum.checks.TestContracts.rowCountAtLeast;
import static org.pactum.checks.TestContracts.sleep;
import static org.pactum.checks.TestContracts.table;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.db.JdbiRunHistory;
import org.pactum.checks.run.CheckEngine;
import org.pactum.checks.run.FreshnessScheduler;
import org.pactum.checks.run.RunCoordinator;
import org.pactum.contracts.model.CheckType;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The coordinator's queue bounds and shutdown, and the freshness scheduler, on real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class RunCoordinatorTest {
  private final TestDatabase db;
  private final Jdbi jdbi;
  private final JdbiCheckStore store;
  private final JdbiRunHistory history;

  RunCoordinatorTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    this.store = new JdbiCheckStore(jdbi);
    this.history = new JdbiRunHistory(jdbi);
  }

  private CheckEngine engine() {
    return new CheckEngine(
        store,
        store,
        n -> n.equals("warehouse") ? db.dataSource() : null,
        Clock.systemUTC(),
        EngineSettings.DEFAULTS);
  }

  private Run find(String runId) {
    return history.find(new RunId(runId)).orElseThrow();
  }

  private Run await(String runId) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Run r = find(runId);
      if (r.state().finished()) {
        return r;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("run " + runId + " did not finish");
  }

  /** Waits until the run has left the queue (not by sleeping: CI machines are slow and busy). */
  private void awaitRunning(String runId) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (find(runId).state() == RunState.RUNNING) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("run " + runId + " did not start");
  }

  /** The runs of the scheduler test's contracts ({@code f.*}). */
  private List<Run> scheduled() {
    return history.list(null, null, null, 200).stream()
        .filter(r -> r.contractId().startsWith("f."))
        .toList();
  }

  private static RunRequest request(String runId, DataContract c) {
    return new RunRequest(new RunId(runId), c, 1, Trigger.API, null, Map.of());
  }

  @Test
  void fullQueueRefusesAndShutdownRecordsWaitingRunsAsErrors() throws Exception {
    db.execute("create table q_slow (id integer)");
    db.execute("insert into q_slow values (1)");
    DataContract slow = contract("q.slow", table("warehouse", "q_slow"), sleep(1.5));
    DataContract fast = contract("q.fast", table("warehouse", "q_slow"), rowCountAtLeast(1));
    try (CheckEngine engine = engine()) {
      RunCoordinator c =
          new RunCoordinator(engine, store, store, 2, 1, result -> {}, Clock.systemUTC());
      c.submit(request("q-1", slow));
      awaitRunning("q-1"); // a running run no longer counts as waiting
      assertThat(c.submit(request("q-2", fast)).state()).isEqualTo(RunState.QUEUED);
      assertThat(find("q-2").state())
          .as("recorded at once, waiting for its table")
          .isEqualTo(RunState.QUEUED);
      assertThat(find("q-2").startedAt()).isNull();
      assertThatThrownBy(() -> c.submit(request("q-3", fast)))
          .isInstanceOf(ChecksException.class)
          .hasMessageContaining("the run queue is full (1 runs waiting)")
          .extracting(e -> ((ChecksException) e).reason())
          .isEqualTo(ChecksException.Reason.QUEUE_FULL);
      assertThat(history.find(new RunId("q-3"))).isEmpty();

      c.shutdown(Duration.ofSeconds(10));
      assertThat(await("q-1").state()).as("the running run finishes").isEqualTo(RunState.PASS);
      Run dropped = await("q-2");
      assertThat(dropped.state()).isEqualTo(RunState.ERROR);
      assertThat(dropped.error())
          .isEqualTo("the server shut down before the run started; submit it again");
      assertThat(history.results(dropped.id()))
          .singleElement()
          .satisfies(r -> assertThat(r.message()).isEqualTo(dropped.error()));
      assertThatThrownBy(() -> c.submit(request("q-4", fast)))
          .extracting(e -> ((ChecksException) e).reason())
          .isEqualTo(ChecksException.Reason.SHUTTING_DOWN);
    }
  }

  @Test
  void runsLeftUnfinishedByAPreviousProcessAreMarkedError() throws Exception {
    db.execute("create table q_left (id integer)");
    DataContract c = contract("q.left", table("warehouse", "q_left"), rowCountAtLeast(1));
    store.runQueued(
        new Run(
            new RunId("left-1"),
            "q.left",
            1,
            "1.0.0",
            DatasetKey.parse("warehouse:q_left"),
            Trigger.API,
            null,
            Map.of(),
            RunState.QUEUED,
            java.time.Instant.now(),
            null,
            null,
            null));
    try (CheckEngine engine = engine()) {
      RunCoordinator coordinator =
          new RunCoordinator(engine, store, store, 1, 10, result -> {}, Clock.systemUTC());
      assertThat(coordinator.recoverAbandoned()).isEqualTo(1);
      assertThat(find("left-1").state()).isEqualTo(RunState.ERROR);
      assertThat(find("left-1").error()).contains("server stopped before the run finished");
      coordinator.submit(request("left-1", c)); // the id can be reused: its results are replaced
      assertThat(await("left-1").state()).isEqualTo(RunState.FAIL);
      coordinator.close();
    }
  }

  @Test
  void schedulerRunsOnlyFreshnessChecksOnEveryContractAndSurvivesABadDatasource() throws Exception {
    db.execute("create table f_events (id integer, loaded_at timestamptz)");
    db.execute("insert into f_events values (1, now() - interval '3 hours')");
    db.execute("create table f_fresh (id integer, loaded_at timestamptz)");
    db.execute("insert into f_fresh values (1, now())");
    TestContracts contracts =
        new TestContracts()
            .add(
                contract(
                    "f.stale",
                    new Dataset("warehouse", "f_events", "loaded_at >= :since"),
                    rowCountAtLeast(100),
                    freshness("loaded_at", Duration.ofHours(2))))
            .add(
                contract(
                    "f.fresh",
                    table("warehouse", "f_fresh"),
                    freshness("loaded_at", Duration.ofHours(2))))
            .add(
                contract(
                    "f.down",
                    table("nowhere", "f_fresh"),
                    freshness("loaded_at", Duration.ofHours(2))))
            .add(contract("f.none", table("warehouse", "f_fresh"), rowCountAtLeast(1)))
            .add(
                contract(
                    "f.draft",
                    table("warehouse", "f_events"),
                    freshness("loaded_at", Duration.ofHours(2))),
                ContractStatus.DRAFT)
            .add(
                contract(
                    "f.retired",
                    table("warehouse", "f_events"),
                    freshness("loaded_at", Duration.ofHours(2))),
                ContractStatus.RETIRED);
    try (CheckEngine engine = engine()) {
      RunCoordinator coordinator =
          new RunCoordinator(engine, store, store, 2, 10, result -> {}, Clock.systemUTC());
      try (FreshnessScheduler scheduler =
          new FreshnessScheduler(contracts, coordinator, Duration.ofMillis(300))) {
        scheduler.start();
        for (int i = 0; i < 200 && scheduled().size() < 6; i++) {
          Thread.sleep(50);
        }
      }
      coordinator.shutdown(Duration.ofSeconds(10));
    }
    List<Run> runs = scheduled();
    assertThat(runs)
        .extracting(Run::contractId)
        .doesNotContain("f.none", "f.draft", "f.retired")
        .contains("f.stale", "f.fresh", "f.down");
    assertThat(runs).allSatisfy(r -> assertThat(r.trigger()).isEqualTo(Trigger.SCHEDULE));
    assertThat(runs.stream().map(Run::contractId).filter("f.stale"::equals).count())
        .as("it runs on every interval")
        .isGreaterThanOrEqualTo(2);
    Run stale =
        runs.stream()
            .filter(r -> r.contractId().equals("f.stale") && r.state().finished())
            // a run still queued when the coordinator shut down is recorded as ERROR: not judged
            .filter(r -> r.error() == null || !r.error().contains("shut down"))
            .findFirst()
            .orElseThrow();
    assertThat(stale.state()).as("whole table, no load scope needed").isEqualTo(RunState.FAIL);
    assertThat(history.results(stale.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.checkType()).isEqualTo(CheckType.FRESHNESS));
    Run fresh =
        runs.stream()
            .filter(r -> r.contractId().equals("f.fresh") && r.state().finished())
            .findFirst()
            .orElseThrow();
    assertThat(fresh.state()).isEqualTo(RunState.PASS);
    Run down =
        runs.stream()
            .filter(r -> r.contractId().equals("f.down") && r.state().finished())
            .findFirst()
            .orElseThrow();
    assertThat(down.state()).isEqualTo(RunState.ERROR);
    assertThat(down.error()).isEqualTo("datasource 'nowhere' is not configured");
  }
}
