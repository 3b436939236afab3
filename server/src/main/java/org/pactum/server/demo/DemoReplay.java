package org.pactum.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.run.CheckEngine;
import org.pactum.checks.run.RunResult;
import org.pactum.contracts.model.DataContract;

/**
 * The demo's history: {@value #DAYS} daily loads into the demo warehouse, each checked right after
 * it lands by the real check engine on a clock set to that day, so the metric history, the run log
 * and the results are what weeks of operation would have left. The last load, today's, is broken
 * and is checked at the real time.
 */
public final class DemoReplay {
  public static final int DAYS = 28;

  private final DemoWarehouse warehouse;
  private final JdbiCheckStore store;
  private final Function<String, DataSource> datasources;
  private final Clock realClock;

  public DemoReplay(
      DemoWarehouse warehouse,
      JdbiCheckStore store,
      Function<String, DataSource> datasources,
      Clock realClock) {
    this.warehouse = warehouse;
    this.store = store;
    this.datasources = datasources;
    this.realClock = realClock;
  }

  /**
   * Recreates the warehouse and replays the history for the contracts whose dataset lives in the
   * demo datasource.
   *
   * @param progress told one line per load
   * @return the results of today's runs, by contract id
   */
  public Map<String, RunResult> replay(
      List<CheckedContract> contracts, String datasource, Consumer<String> progress) {
    return replay(contracts, datasource, progress, result -> {});
  }

  /**
   * As {@link #replay(List, String, Consumer)}, telling {@code onRun} each run's result in order
   * (the server raises alerts from them, so today's broken checks open incidents).
   */
  public Map<String, RunResult> replay(
      List<CheckedContract> contracts,
      String datasource,
      Consumer<String> progress,
      Consumer<RunResult> onRun) {
    List<CheckedContract> demo =
        contracts.stream()
            .filter(c -> c.contract().dataset() != null)
            .filter(c -> datasource.equals(c.contract().dataset().datasource()))
            .toList();
    warehouse.recreate();
    Instant today = todaysLoad(realClock.instant());
    SimulatedClock clock = new SimulatedClock(today);
    Map<String, RunResult> last = new LinkedHashMap<>();
    try (CheckEngine engine =
        new CheckEngine(store, store, datasources, clock, EngineSettings.DEFAULTS)) {
      for (int day = 0; day < DAYS; day++) {
        boolean broken = day == DAYS - 1;
        Instant at = today.minus(Duration.ofDays(DAYS - 1L - day));
        DemoLoad load = new DemoLoad(day, at, broken);
        warehouse.load(load);
        clock.set(broken ? today : at.plus(Duration.ofMinutes(5)));
        StringBuilder line =
            new StringBuilder(
                String.format("  load %2d/%d %s:", day + 1, DAYS, at.toString().substring(0, 10)));
        for (CheckedContract c : demo) {
          RunResult result = engine.run(request(c, load));
          last.put(c.contract().id(), result);
          onRun.accept(result);
          line.append(' ').append(c.contract().id()).append('=').append(result.status());
        }
        progress.accept(line.toString());
      }
    }
    return last;
  }

  /** The latest time of day a load lands: its check, 5 minutes later, is still on its day. */
  static final Duration LATEST_LOAD = Duration.ofHours(23).plusMinutes(50);

  /**
   * When today's load lands: now, or 23:50 UTC when it is later than that, so every day's check
   * runs on the day of its load (a load at 23:57 checked at 00:02 would count for the next day, and
   * the learned baselines would see two checks on one day and none on another).
   */
  static Instant todaysLoad(Instant now) {
    Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
    Instant latest = now.truncatedTo(ChronoUnit.DAYS).plus(LATEST_LOAD);
    return minute.isAfter(latest) ? latest : minute;
  }

  private static RunRequest request(CheckedContract c, DemoLoad load) {
    DataContract contract = c.contract();
    String day = String.format("%02d", load.day());
    return new RunRequest(
        new RunId("demo-" + contract.id() + "-day-" + day),
        contract,
        c.version(),
        Trigger.CLI,
        "demo-load-" + day,
        scope(contract, load));
  }

  /**
   * Values for the load_scope parameters the contract uses: this load's window, from just after the
   * previous load (a day earlier) to just after this one.
   */
  private static Map<String, Object> scope(DataContract contract, DemoLoad load) {
    String scope = contract.dataset().loadScope();
    Map<String, Object> params = new LinkedHashMap<>();
    if (scope == null) {
      return params;
    }
    if (scope.contains(":since")) {
      params.put("since", load.at().minus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)));
    }
    if (scope.contains(":until")) {
      params.put("until", load.at().plus(Duration.ofMinutes(1)));
    }
    return params;
  }
}
