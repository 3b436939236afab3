package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Run;

/**
 * One run's page, {@code templates/run.ftlh}: every result, with failed-row samples for viewers
 * whose role may read PII-bearing material.
 */
public final class RunView extends View {
  private final Run run;
  private final List<ResultRow> results;

  /** One result as the page shows it; the sample as a header and rows of text. */
  public record ResultRow(
      String name,
      String type,
      String column,
      String status,
      String observed,
      String thresholds,
      String message,
      List<String> sampleColumns,
      List<List<String>> sampleRows) {}

  /**
   * @param samples whether the viewer may see failed-row samples (a role with {@code READ_PII})
   */
  RunView(Run run, List<CheckOutcome> results, boolean samples) {
    super("/templates/run.ftlh", StandardCharsets.UTF_8);
    this.run = run;
    this.results = results.stream().map(o -> row(o, samples)).toList();
  }

  private static ResultRow row(CheckOutcome o, boolean samples) {
    List<Map<String, Object>> sample = samples ? o.failedRowsSample() : List.of();
    LinkedHashSet<String> columns = new LinkedHashSet<>();
    sample.forEach(r -> columns.addAll(r.keySet()));
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> r : sample) {
      rows.add(columns.stream().map(c -> Objects.toString(r.get(c), "null")).toList());
    }
    return new ResultRow(
        o.checkName(),
        o.checkType().yamlName(),
        o.column() == null ? "" : o.column(),
        o.status().name(),
        UiFormat.observed(o),
        UiFormat.thresholds(o.thresholds()),
        o.message() == null ? "" : o.message(),
        List.copyOf(columns),
        rows);
  }

  public String getRunId() {
    return run.id().value();
  }

  public String getContractId() {
    return run.contractId();
  }

  public int getContractVersion() {
    return run.contractVersion();
  }

  /** The contract document's semantic version the run judged, or an empty string. */
  public String getContractSemver() {
    return run.contractSemver() == null ? "" : run.contractSemver();
  }

  public String getDataset() {
    return run.datasetText();
  }

  public String getTrigger() {
    return run.trigger() == null ? "" : run.trigger().wire();
  }

  public String getLoadId() {
    return run.loadId() == null ? "" : run.loadId();
  }

  public String getState() {
    return run.state().name();
  }

  public String getStartedAt() {
    return UiFormat.minute(run.startedAt());
  }

  public String getDuration() {
    if (run.startedAt() == null || run.finishedAt() == null) {
      return "";
    }
    long ms = Duration.between(run.startedAt(), run.finishedAt()).toMillis();
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  public String getError() {
    return run.error() == null ? "" : run.error();
  }

  public List<ResultRow> getResults() {
    return results;
  }
}
