package org.pactum.bench.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Hand-written labelled series for the tests. */
final class Series {
  private Series() {}

  /** {@code values} with every load NORMAL. */
  static LabelledSeries normal(double... values) {
    Label[] labels = new Label[values.length];
    Arrays.fill(labels, Label.NORMAL);
    int[] event = new int[values.length];
    Arrays.fill(event, -1);
    return of(values, labels, event);
  }

  /** Labels from a string: '.' NORMAL, '-' IGNORE, a digit ANOMALY of that event. */
  static LabelledSeries labelled(String truth) {
    int n = truth.length();
    Label[] labels = new Label[n];
    int[] event = new int[n];
    for (int t = 0; t < n; t++) {
      char c = truth.charAt(t);
      labels[t] = c == '.' ? Label.NORMAL : c == '-' ? Label.IGNORE : Label.ANOMALY;
      event[t] = Character.isDigit(c) ? c - '0' : -1;
    }
    return of(new double[n], labels, event);
  }

  private static LabelledSeries of(double[] values, Label[] labels, int[] event) {
    Instant[] times = new Instant[values.length];
    for (int t = 0; t < values.length; t++) {
      times[t] = Scenario.START.plus(Duration.ofDays(t));
    }
    return new LabelledSeries(times, values, labels, event, -1);
  }

  /** Alarm levels from a string of digits (0 none, 1 warning, 2 failure). */
  static int[] levels(String digits) {
    return digits.chars().map(c -> c - '0').toArray();
  }
}
