package org.pactum.bench.anomaly;

/**
 * The common approach the issue measures against: mean ± 3σ (sample standard deviation) over the
 * last 14 loads including the current one; flagged when |x − mean| &gt; 3σ. It has no notion of
 * seasonality, flags or approvals.
 */
final class PlainZScore implements SeriesDetector {
  static final int WINDOW = 14;
  static final double K = 3;

  @Override
  public String name() {
    return "plain z-score";
  }

  @Override
  public int[] run(LabelledSeries s, int from) {
    double[] v = s.values();
    int[] flags = new int[v.length];
    for (int t = Math.max(from, WINDOW - 1); t < v.length; t++) {
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
      flags[t] = Math.abs(v[t] - mean) > K * sd ? 2 : 0;
    }
    return flags;
  }
}
