package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunId;

/**
 * A contract's quality history: its recent runs as columns (oldest left), its checks as rows, each
 * cell one check's status in one run; a check's observed values as a sparkline.
 *
 * @param runs the columns, oldest first
 * @param checks the rows, in the order of the newest run's results
 */
public record QualityGrid(List<RunColumn> runs, List<CheckHistory> checks) {
  static final double SPARK_WIDTH = 120;
  static final double SPARK_HEIGHT = 24;

  /** One run as a column. */
  public record RunColumn(String runId, String day, String startedAt, String state) {}

  /** One check in one run; {@code status} is empty when the run did not judge the check. */
  public record Cell(String status, String observed, String message, String runId) {}

  /** One check across the runs. */
  public record CheckHistory(
      String name,
      String type,
      String column,
      List<Cell> cells,
      List<String> sparkline,
      Cell latest,
      String thresholds) {}

  /**
   * The grid of finished runs given newest first (as the result log lists them).
   *
   * @param results each run's results, by run id
   */
  static QualityGrid of(List<Run> newestFirst, Map<RunId, List<CheckOutcome>> results) {
    List<Run> runs =
        new ArrayList<>(newestFirst.stream().filter(r -> r.state().finished()).toList());
    Collections.reverse(runs);
    List<RunColumn> columns =
        runs.stream()
            .map(
                r ->
                    new RunColumn(
                        r.id().value(),
                        UiFormat.day(r.startedAt()),
                        UiFormat.minute(r.startedAt()),
                        r.state().name()))
            .toList();
    // each run's results by check name, oldest run first
    List<Map<String, CheckOutcome>> byRun = new ArrayList<>();
    for (Run r : runs) {
      Map<String, CheckOutcome> byName = new LinkedHashMap<>();
      results.getOrDefault(r.id(), List.of()).forEach(o -> byName.putIfAbsent(o.checkName(), o));
      byRun.add(byName);
    }
    Map<String, CheckOutcome> newest = new LinkedHashMap<>();
    for (int i = byRun.size() - 1; i >= 0; i--) {
      byRun.get(i).forEach(newest::putIfAbsent);
    }
    List<CheckHistory> rows = new ArrayList<>();
    for (CheckOutcome latest : newest.values()) {
      rows.add(history(latest, runs, byRun));
    }
    return new QualityGrid(columns, rows);
  }

  private static CheckHistory history(
      CheckOutcome latest, List<Run> runs, List<Map<String, CheckOutcome>> results) {
    List<Cell> cells = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Cell latestCell = null;
    for (int i = 0; i < runs.size(); i++) {
      String runId = runs.get(i).id().value();
      CheckOutcome o = results.get(i).get(latest.checkName());
      Cell cell =
          o == null
              ? new Cell("", "", "not judged in this run", runId)
              : new Cell(o.status().name(), UiFormat.observed(o), o.message(), runId);
      cells.add(cell);
      values.add(o == null ? null : o.observedValue());
      if (o == latest) {
        latestCell = cell;
      }
    }
    return new CheckHistory(
        latest.checkName(),
        latest.checkType().yamlName(),
        latest.column() == null ? "" : latest.column(),
        cells,
        Sparkline.segments(values, SPARK_WIDTH, SPARK_HEIGHT),
        latestCell,
        UiFormat.thresholds(latest.thresholds()));
  }
}
