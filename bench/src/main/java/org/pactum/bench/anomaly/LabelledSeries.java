package org.pactum.bench.anomaly;

import java.time.Instant;

/**
 * A generated series with its truth.
 *
 * @param times load times (daily, 06:00 UTC, from a Monday)
 * @param values the metric (a row count)
 * @param labels the truth per load
 * @param event per load, the event it belongs to (0, 1, …), or -1
 * @param resetAt the load before which an owner approved a new normal (baseline reset), or -1
 */
record LabelledSeries(Instant[] times, double[] values, Label[] labels, int[] event, int resetAt) {
  int size() {
    return values.length;
  }

  int events() {
    int max = -1;
    for (int e : event) {
      max = Math.max(max, e);
    }
    return max + 1;
  }
}
