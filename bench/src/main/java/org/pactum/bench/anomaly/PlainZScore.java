package org.pactum.bench.anomaly;

/**
 * The common approach the issue measures against: mean ± 3σ (sample standard deviation) over the
 * last 14 loads including the current one; flagged when |x − mean| &gt; 3σ. It has no notion of
 * seasonality, flags or approvals.
 *
 * <p>Because the current load is inside its own window, its z-score is bounded: with n loads and
 * the sample standard deviation, |z| ≤ (n − 1)/√n, reached when the other n − 1 loads are equal;
 * for n = 14, 13/√14 ≈ 3.47 ({@link #MAX_ABS_Z}). The band at 3σ can therefore still be crossed,
 * but only by a load far out from thirteen quiet ones.
 */
final class PlainZScore implements SeriesDetector {
  static final int WINDOW = 14;
  static final double K = 3;

  /** The largest |z| a load can have against a window that contains it: (n − 1)/√n. */
  static final double MAX_ABS_Z = (WINDOW - 1) / Math.sqrt(WINDOW);

  @Override
  public String name() {
    return "plain z-score";
  }

  @Override
  public int[] run(LabelledSeries s, int from) {
    double[] v = s.values();
    int[] flags = new int[v.length];
    for (int t = Math.max(from, WINDOW - 1); t < v.length; t++) {
      flags[t] = Math.abs(z(v, t)) > K ? 2 : 0;
    }
    return flags;
  }

  /**
   * The z-score of load {@code t} against the {@value #WINDOW} loads ending with it (mean and
   * sample standard deviation); 0 when they are all equal, NaN never. Needs {@code t >= WINDOW -
   * 1}.
   */
  static double z(double[] v, int t) {
    if (t < WINDOW - 1) {
      throw new IllegalArgumentException("load " + t + " has fewer than " + WINDOW + " loads");
    }
    double sum = 0;
    for (int i = t - WINDOW + 1; i <= t; i++) {
      sum += v[i];
    }
    double mean = sum / WINDOW;
    double ss = 0;
    for (int i = t - WINDOW + 1; i <= t; i++) {
      ss += (v[i] - mean) * (v[i] - mean);
    }
    double sd = Math.sqrt(ss / (WINDOW - 1));
    return sd == 0 ? 0 : (v[t] - mean) / sd;
  }
}
