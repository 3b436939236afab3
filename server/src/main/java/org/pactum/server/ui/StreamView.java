package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One stream's page, {@code templates/stream.ftlh}: its binding and state, its windows as bars and
 * a table, and its newest dead letters' reasons (for viewers who may read failed-row samples).
 */
public final class StreamView extends View {
  private final StreamsView.StreamRow stream;
  private final List<StreamBars.Bar> bars;
  private final List<WindowRow> windows;
  private final boolean samplesShown;
  private final List<DeadLetterRow> deadLetters;

  /** One window as the table shows it. */
  public record WindowRow(
      String start,
      String runId,
      String status,
      long records,
      long passed,
      long deadLettered,
      long erased,
      String undecodable) {}

  /** One dead letter as the table shows it: where it is and each reason. */
  public record DeadLetterRow(
      String at, String where, String producer, List<Map<String, String>> reasons) {}

  StreamView(
      StreamsView.StreamRow stream,
      List<StreamBars.Bar> bars,
      List<WindowRow> windows,
      boolean samplesShown,
      List<DeadLetterRow> deadLetters) {
    super("/templates/stream.ftlh", StandardCharsets.UTF_8);
    this.stream = stream;
    this.bars = bars;
    this.windows = windows;
    this.samplesShown = samplesShown;
    this.deadLetters = deadLetters;
  }

  public StreamsView.StreamRow getStream() {
    return stream;
  }

  public List<StreamBars.Bar> getBars() {
    return bars;
  }

  public String getChartWidth() {
    return "720";
  }

  public String getChartHeight() {
    return "160";
  }

  public List<WindowRow> getWindows() {
    return windows;
  }

  public boolean isSamplesShown() {
    return samplesShown;
  }

  public List<DeadLetterRow> getDeadLetters() {
    return deadLetters;
  }
}
