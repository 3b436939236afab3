package org.pactum.server.demo;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.Status;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.run.RunResult;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.erasure.ErasureContext;

/**
 * What {@code pactum demo} does before the server serves, in order: replays {@link DemoReplay#DAYS}
 * daily loads into the demo warehouse, each checked as it lands and its result handed to the alert
 * router (the last load is broken); runs the demo erasure; then records the demo lineage. Progress
 * goes to the console.
 */
public final class DemoStart {
  /** The demo warehouse's datasource name. */
  public static final String DATASOURCE = "warehouse";

  private final Jdbi store;
  private final DataSource warehouse;
  private final Function<String, DataSource> datasources;
  private final Consumer<String> console;

  /**
   * @param store Pactum's own store (the demo's runs are recorded there)
   * @param warehouse the demo warehouse, which the replay fills
   * @param datasources the warehouses by name, as the check engine reads them
   */
  public DemoStart(
      Jdbi store,
      DataSource warehouse,
      Function<String, DataSource> datasources,
      Consumer<String> console) {
    this.store = store;
    this.warehouse = warehouse;
    this.datasources = datasources;
    this.console = console;
  }

  /**
   * @param onRun told each replayed run's result (the hand-off to the alert router)
   */
  public void run(
      ContractSource contracts,
      Consumer<RunResult> onRun,
      AlertsReadModel alerts,
      ErasureContext erasure,
      LineageService lineage) {
    replay(contracts, onRun, alerts);
    // the demo erasure before the demo lineage: with the lineage recorded, later requests also
    // list the transforms' copies of customer data (no contract declares them) as plan gaps
    new DemoErasure(erasure, console).run();
    new DemoLineage(lineage).record(console);
  }

  private void replay(ContractSource contracts, Consumer<RunResult> onRun, AlertsReadModel alerts) {
    console.accept(
        "Loading the demo warehouse: "
            + DemoReplay.DAYS
            + " daily loads, each checked as it lands (the last one is broken)…");
    Map<String, RunResult> today =
        new DemoReplay(
                new DemoWarehouse(Jdbi.create(warehouse)),
                new JdbiCheckStore(store),
                datasources,
                Clock.systemUTC())
            .replay(
                contracts.all().stream().filter(CheckedContract::checked).toList(),
                DATASOURCE,
                console,
                onRun);
    today.forEach(
        (contract, result) ->
            console.accept(
                String.format(
                    "  today %-22s %-5s %s",
                    contract,
                    result.status(),
                    result.results().stream()
                        .filter(o -> o.status() != Status.PASS)
                        .map(o -> o.checkName() + "=" + o.status())
                        .toList())));
    int open = alerts.openIncidents().size();
    console.accept("  open incidents: " + open + " (GET /api/v1/incidents?state=open)");
  }
}
