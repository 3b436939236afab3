package org.pactum.anomaly;

import java.time.Instant;
import java.util.List;

/** No seasonality: mean ± stddev ({@link Method#BAND}) or median ± scaled MAD (robust). */
final class LevelModel implements Model {
  private final Method method;

  LevelModel(Method method) {
    this.method = method;
  }

  @Override
  public Expectation expect(List<Observation> training, Instant at) {
    double[] v = Stats.values(training);
    int n = v.length;
    double factor = Math.sqrt(1 + 1.0 / n);
    if (method == Method.ROBUST) {
      double median = Stats.median(v);
      return new Expectation(
          median,
          Stats.robustSpread(v, median),
          n - 1,
          factor,
          "robust",
          "median " + Numbers.format(median),
          n);
    }
    double mean = Stats.mean(v);
    return new Expectation(
        mean, Stats.stddev(v), n - 1, factor, "band", "mean " + Numbers.format(mean), n);
  }
}
