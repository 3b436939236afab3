package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.pactum.streams.run.WindowSummary;

/**
 * A stream's windows as inline SVG bars, oldest on the left: each window one bar as tall as its
 * records (scaled to the busiest window), split into passed (bottom), dead-lettered and erased.
 */
final class StreamBars {
  static final double WIDTH = 720;
  static final double HEIGHT = 160;

  /** One bar's parts, in SVG user units. */
  public record Bar(
      String x,
      String width,
      String passedY,
      String passedHeight,
      String deadY,
      String deadHeight,
      String erasedY,
      String erasedHeight,
      String title) {}

  private StreamBars() {}

  /**
   * @param newestFirst windows as recorded, newest first
   */
  static List<Bar> of(List<WindowSummary> newestFirst) {
    List<WindowSummary> windows = new ArrayList<>(newestFirst);
    Collections.reverse(windows);
    long max = windows.stream().mapToLong(WindowSummary::records).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    if (max == 0) {
      return bars;
    }
    double slot = WIDTH / windows.size();
    double w = Math.max(1, slot * 0.8);
    for (int i = 0; i < windows.size(); i++) {
      WindowSummary s = windows.get(i);
      double passed = HEIGHT * s.passed() / max;
      double dead = HEIGHT * s.deadLettered() / max;
      double erased = HEIGHT * s.erased() / max;
      double x = i * slot;
      bars.add(
          new Bar(
              n(x),
              n(w),
              n(HEIGHT - passed),
              n(passed),
              n(HEIGHT - passed - dead),
              n(dead),
              n(HEIGHT - passed - dead - erased),
              n(erased),
              UiFormat.second(s.start())
                  + ": "
                  + s.records()
                  + " records, "
                  + s.passed()
                  + " passed, "
                  + s.deadLettered()
                  + " dead-lettered"
                  + (s.erased() > 0 ? ", " + s.erased() + " erased" : "")
                  + " ("
                  + s.status()
                  + ")"));
    }
    return bars;
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
