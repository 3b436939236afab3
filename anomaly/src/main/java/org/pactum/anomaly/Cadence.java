package org.pactum.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * How often a metric is observed, from the median gap between training observations: hourly loads
 * have a daily season of 24 steps, daily loads a weekly season of 7 steps, anything else none.
 *
 * @param step the nominal step (1 h or 1 d), or the median gap when irregular
 * @param seasonLength steps per season, 0 when there is no recognised cadence
 * @param seasonality the calendar seasonality matching the cadence (or NONE)
 */
record Cadence(Duration step, int seasonLength, Seasonality seasonality) {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  static Cadence of(List<Observation> training) {
    if (training.size() < 2) {
      return new Cadence(DAY, 0, Seasonality.NONE);
    }
    long[] gaps = new long[training.size() - 1];
    for (int i = 1; i < training.size(); i++) {
      gaps[i - 1] = Duration.between(training.get(i - 1).at(), training.get(i).at()).getSeconds();
    }
    Arrays.sort(gaps);
    long median = gaps[gaps.length / 2];
    if (near(median, HOUR)) {
      return new Cadence(HOUR, 24, Seasonality.HOUR_OF_DAY);
    }
    if (near(median, DAY)) {
      return new Cadence(DAY, 7, Seasonality.DAY_OF_WEEK);
    }
    return new Cadence(Duration.ofSeconds(Math.max(1, median)), 0, Seasonality.NONE);
  }

  private static boolean near(long seconds, Duration d) {
    return Math.abs(seconds - d.getSeconds()) <= d.getSeconds() / 5;
  }

  boolean seasonal() {
    return seasonLength > 0;
  }

  /** The whole number of steps from {@code origin} to {@code t} (gaps leave steps unobserved). */
  long stepOf(Instant origin, Instant t) {
    double steps = (double) Duration.between(origin, t).getSeconds() / step.getSeconds();
    return Math.round(steps);
  }
}
