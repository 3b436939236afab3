package org.pactum.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A straight-line trend over time (least squares), extrapolated to the judged time; the spread is
 * the residual standard error and the prediction factor the usual regression one.
 */
final class LinearTrendModel implements Model {

  static SimpleRegression fit0(List<Observation> training) {
    SimpleRegression r = new SimpleRegression();
    Instant origin = training.get(0).at();
    for (Observation o : training) {
      r.addData(days(origin, o.at()), o.value());
    }
    return r;
  }

  static double days(Instant origin, Instant t) {
    return Duration.between(origin, t).getSeconds() / 86_400.0;
  }

  @Override
  public Fitted fit(List<Observation> training) {
    SimpleRegression r = fit0(training);
    int n = training.size();
    Instant origin = training.get(0).at();
    double mse = n > 2 ? Math.max(0, r.getSumSquaredErrors()) / (n - 2) : 0;
    double xbar = 0;
    for (Observation o : training) {
      xbar += days(origin, o.at());
    }
    double mean = xbar / n;
    double sxx = r.getXSumSquares();
    return at -> {
      double x = days(origin, at);
      double expected = r.predict(x);
      double factor = Math.sqrt(1 + 1.0 / n + (sxx > 0 ? (x - mean) * (x - mean) / sxx : 0));
      return new Expectation(
          expected,
          Math.sqrt(mse),
          Math.max(1, n - 2),
          factor,
          "trend",
          "trend forecast " + Numbers.format(expected),
          n);
    };
  }
}
