package org.pactum.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Deterministic series for the tests: daily (or hourly) observations from a fixed Monday. */
final class SeriesFixtures {
  /** Monday 2026-01-05 06:00 UTC. */
  static final Instant START = Instant.parse("2026-01-05T06:00:00Z");

  private SeriesFixtures() {}

  static Instant day(int i) {
    return START.plus(Duration.ofDays(i));
  }

  static Instant hour(int i) {
    return START.plus(Duration.ofHours(i));
  }

  /** Daily observations of the given values starting at {@link #START}. */
  static Series daily(double... values) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      obs.add(Observation.of(day(i), values[i]));
    }
    return Series.of(obs);
  }

  /** Alternating offsets ±d around a level: mean = level (even n), sample stddev known. */
  static double[] alternating(double level, double d, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = level + (i % 2 == 0 ? d : -d);
    }
    return v;
  }
}
