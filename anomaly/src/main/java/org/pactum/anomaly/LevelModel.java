package org.pactum.anomaly;

import java.util.List;

/** No seasonality: mean ± stddev ({@link Method#BAND}) or median ± scaled MAD (robust). */
final class LevelModel implements Model {
  private final Method method;

  LevelModel(Method method) {
    this.method = method;
  }

  @Override
  public Fitted fit(List<Observation> training) {
    Expectation e = expectation(training, method, "");
    return t -> e;
  }

  static Expectation expectation(List<Observation> training, Method method, String note) {
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
          "median " + Numbers.format(median) + note,
          n);
    }
    double mean = Stats.mean(v);
    return new Expectation(
        mean, Stats.stddev(v), n - 1, factor, "band", "mean " + Numbers.format(mean) + note, n);
  }
}
