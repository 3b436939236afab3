package org.pactum.bench.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The labelled scenarios. Every series has {@value #LENGTH} daily loads of a row count around
 * {@value #LEVEL} with Gaussian noise σ = {@value #NOISE}; events start at load {@value
 * #FIRST_EVENT} or later, so every detector has four weeks of history before the first one.
 */
enum Scenario {
  FLAT("flat + outliers", true),
  TREND("trend + outliers", true),
  /** The season's own swing (σ ≈ 2,500) dwarfs the outliers inside a 14-load window. */
  SEASON("weekly season + outliers", false),
  LEVEL_SHIFT("level shift", true),
  SPIKE("spike", true),
  DROP("drop", true),
  /** A window that moves with the drift never sees it: each load is ¼σ off its predecessor. */
  SLOW_DRIFT("slow drift", false),
  MISSING_LOAD("missing load (0 rows)", true),
  APPROVED_CHANGE("intended change + approval", true);

  static final int LENGTH = 140;
  static final double LEVEL = 10_000;
  static final double NOISE = 200;
  static final int FIRST_EVENT = 35;
  static final Instant START = Instant.parse("2026-01-05T06:00:00Z"); // a Monday

  /** Mon..Sun multipliers of the weekly season. */
  static final double[] WEEK = {1.0, 1.05, 1.0, 1.1, 1.15, 0.55, 0.45};

  /** Events per series for the point-outlier scenarios. */
  static final int OUTLIERS = 3;

  final String title;

  /**
   * Whether the plain z-score ({@link PlainZScore}) has any mechanism for this scenario's events;
   * the evaluation reports its overall figures with and without the scenarios where it has none.
   */
  final boolean plainHasMechanism;

  Scenario(String title, boolean plainHasMechanism) {
    this.title = title;
    this.plainHasMechanism = plainHasMechanism;
  }

  LabelledSeries generate(long seed) {
    Random r = new Random(seed);
    double[] v = new double[LENGTH];
    Label[] labels = new Label[LENGTH];
    int[] event = new int[LENGTH];
    Arrays.fill(labels, Label.NORMAL);
    Arrays.fill(event, -1);
    Instant[] times = new Instant[LENGTH];
    for (int t = 0; t < LENGTH; t++) {
      times[t] = START.plus(Duration.ofDays(t));
      double base =
          switch (this) {
            case TREND -> LEVEL * (1 + 0.004 * t);
            case SEASON -> LEVEL * WEEK[t % 7];
            default -> LEVEL;
          };
      v[t] = base + NOISE * r.nextGaussian();
    }
    int resetAt = -1;
    switch (this) {
      case FLAT, TREND, SEASON -> {
        int e = 0;
        for (int t : positions(r, OUTLIERS)) {
          double size = (5 + 3 * r.nextDouble()) * NOISE * (r.nextBoolean() ? 1 : -1);
          mark(v, labels, event, t, t, e++, size);
        }
      }
      case SPIKE, DROP -> {
        int e = 0;
        for (int t : positions(r, OUTLIERS)) {
          double size = (0.10 + 0.30 * r.nextDouble()) * LEVEL * (this == SPIKE ? 1 : -1);
          mark(v, labels, event, t, t, e++, size);
        }
      }
      case LEVEL_SHIFT -> {
        int s = 50 + r.nextInt(51);
        double shift = (0.15 + 0.15 * r.nextDouble()) * LEVEL * (r.nextBoolean() ? 1 : -1);
        for (int t = s; t < LENGTH; t++) {
          v[t] += shift;
          labels[t] = t <= s + 2 ? Label.ANOMALY : Label.IGNORE;
          event[t] = t <= s + 2 ? 0 : -1;
        }
      }
      case SLOW_DRIFT -> {
        int s = 50 + r.nextInt(21);
        double perLoad = -0.005 * LEVEL; // a quarter σ per load, down to -35% after 70 loads
        for (int t = s; t < LENGTH; t++) {
          double offset = perLoad * (t - s + 1);
          v[t] += offset;
          boolean matters = Math.abs(offset) >= 3 * NOISE;
          labels[t] = matters ? Label.ANOMALY : Label.IGNORE;
          event[t] = matters ? 0 : -1;
        }
      }
      case MISSING_LOAD -> {
        int t = positions(r, 1)[0];
        v[t] = 0;
        labels[t] = Label.ANOMALY;
        event[t] = 0;
      }
      case APPROVED_CHANGE -> {
        int s = 50 + r.nextInt(41);
        double factor = 1.3 + 0.3 * r.nextDouble();
        for (int t = s; t < LENGTH; t++) {
          v[t] = LEVEL * factor + NOISE * factor * r.nextGaussian();
          labels[t] = t <= s + 1 ? Label.ANOMALY : Label.NORMAL;
          event[t] = t <= s + 1 ? 0 : -1;
        }
        resetAt = s + 2; // the owner approves the new normal after seeing the alerts
      }
    }
    return new LabelledSeries(times, v, labels, event, resetAt);
  }

  private static void mark(
      double[] v, Label[] labels, int[] event, int from, int to, int e, double size) {
    for (int t = from; t <= to; t++) {
      v[t] += size;
      labels[t] = Label.ANOMALY;
      event[t] = e;
    }
  }

  /** Distinct event positions at least 10 loads apart, from {@link #FIRST_EVENT} on. */
  private static int[] positions(Random r, int count) {
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      int t = FIRST_EVENT + r.nextInt(LENGTH - FIRST_EVENT);
      if (chosen.stream().allMatch(c -> Math.abs(c - t) >= 10)) {
        chosen.add(t);
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
