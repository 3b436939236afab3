package org.pactum.streams.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;
import org.pactum.streams.run.DeadLetterSample;
import org.pactum.streams.run.StreamStatus;
import org.pactum.streams.run.WindowSummary;

/** The streams API's bodies (snake_case, ISO-8601 instants). */
final class StreamJson {
  private StreamJson() {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Stream(
      String contractId,
      int contractVersion,
      String inputTopic,
      String validTopic,
      String deadLetterTopic,
      String applicationId,
      String state,
      String detail,
      String since,
      Long lag,
      Window lastWindow,
      List<Window> windows) {
    static Stream of(
        StreamStatus s, String applicationId, Long lag, List<WindowSummary> windows, boolean all) {
      List<Window> w = windows.stream().map(Window::of).toList();
      return new Stream(
          s.binding().contractId(),
          s.contractVersion(),
          s.binding().inputTopic(),
          s.binding().validTopic(),
          s.binding().deadLetterTopic(),
          applicationId,
          s.state().name(),
          s.detail(),
          s.since() == null ? null : s.since().toString(),
          lag,
          w.isEmpty() ? null : w.get(0),
          all ? w : null);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Window(
      String start,
      String end,
      String runId,
      String status,
      long records,
      long passed,
      long deadLettered,
      long erased,
      Map<String, Long> undecodable) {
    static Window of(WindowSummary w) {
      return new Window(
          w.start().toString(),
          w.end().toString(),
          w.runId(),
          w.status(),
          w.records(),
          w.passed(),
          w.deadLettered(),
          w.erased(),
          w.undecodable());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record StreamList(boolean enabled, List<Stream> streams, String next) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record DeadLetter(
      int partition,
      long offset,
      String timestamp,
      List<Map<String, String>> reasons,
      Map<String, String> about) {
    static DeadLetter of(DeadLetterSample s) {
      return new DeadLetter(
          s.partition(), s.offset(), s.timestamp().toString(), s.reasons(), s.about());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record DeadLetters(String contractId, String topic, List<DeadLetter> deadLetters) {}
}
