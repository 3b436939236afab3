package org.pactum.streams.topology;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pactum.streams.core.window.ClosedWindow;
import org.pactum.streams.core.window.Counter;

/**
 * A closed window's stream counters as one JSON line: what a validator in another process reports
 * to the test, and what the test expects of a window.
 */
record WindowLine(
    @JsonProperty("start") long start,
    @JsonProperty("end") long end,
    @JsonProperty("records") long records,
    @JsonProperty("passed") long passed,
    @JsonProperty("dead_lettered") long deadLettered) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static WindowLine of(ClosedWindow w) {
    return new WindowLine(
        w.start().toEpochMilli(),
        w.end().toEpochMilli(),
        w.tally().get(Counter.RECORDS),
        w.tally().get(Counter.PASSED),
        w.tally().get(Counter.DEAD_LETTERED));
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a file written by {@link ValidatorProcess}, in the order they were closed. */
  static List<WindowLine> read(Path file) {
    List<WindowLine> lines = new ArrayList<>();
    if (!Files.exists(file)) {
      return lines;
    }
    try {
      String text = Files.readString(file);
      // a process killed while writing leaves its last line unfinished: only whole lines count
      String whole = text.substring(0, text.lastIndexOf('\n') + 1);
      for (String line : whole.split("\n")) {
        if (!line.isBlank()) {
          lines.add(JSON.readValue(line, WindowLine.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the closed windows in " + file, e);
    }
    return lines;
  }
}
