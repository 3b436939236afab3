package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The streams page, {@code templates/streams.ftlh}: every binding validated here, its state, lag
 * and last window.
 */
public final class StreamsView extends View {
  private final boolean enabled;
  private final List<StreamRow> rows;

  /** One binding as the list shows it. */
  public record StreamRow(
      String contractId,
      String inputTopic,
      String validTopic,
      String deadLetterTopic,
      String state,
      String detail,
      String lag,
      String lastWindow,
      long records,
      long passed,
      long deadLettered,
      String status) {}

  StreamsView(boolean enabled, List<StreamRow> rows) {
    super("/templates/streams.ftlh", StandardCharsets.UTF_8);
    this.enabled = enabled;
    this.rows = rows;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public List<StreamRow> getRows() {
    return rows;
  }
}
