package org.pactum.anomaly;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Additive Holt-Winters (level, trend, season of {@code m} steps). The smoothing parameters α, β, γ
 * are fitted by BOBYQA (Commons Math) minimising the sum of squared one-step-ahead errors over the
 * training window (a coarse grid when BOBYQA gives up); the spread is the root mean squared
 * one-step error. Observations are placed on a regular grid of steps (hours or days); missing steps
 * (gaps) advance the state without an update. Needs two full seasons of steps; with fewer it falls
 * back to {@link LevelModel}.
 *
 * <p>Cost: each evaluation is one pass over the window, and the optimizer is capped at {@link
 * #MAX_EVALUATIONS}, so a judgement stays O(window).
 */
final class HoltWintersModel implements Model {
  static final int MAX_EVALUATIONS = 400;
  private static final double[] LOWER = {0.01, 0.0, 0.0};
  private static final double[] UPPER = {1.0, 0.3, 1.0};

  private final Cadence cadence;
  private final Method fallback;

  HoltWintersModel(Cadence cadence, Method fallback) {
    this.cadence = cadence;
    this.fallback = fallback;
  }

  /** The grid: value per step, NaN where nothing was observed. */
  private double[] grid(List<Observation> training) {
    Instant origin = training.get(0).at();
    int steps = (int) cadence.stepOf(origin, training.get(training.size() - 1).at()) + 1;
    double[] y = new double[steps];
    Arrays.fill(y, Double.NaN);
    for (Observation o : training) {
      y[(int) cadence.stepOf(origin, o.at())] = o.value();
    }
    return y;
  }

  @Override
  public Fitted fit(List<Observation> training) {
    int m = cadence.seasonLength();
    if (!cadence.seasonal() || training.size() < 2 * m + 2) {
      return fallback(training, "too little history for Holt-Winters");
    }
    double[] y = grid(training);
    if (y.length < 2 * m || y.length > 50 * training.size()) {
      return fallback(training, "too little history for Holt-Winters");
    }
    Fit best = fit(y, m);
    if (best == null) {
      return fallback(training, "Holt-Winters did not converge");
    }
    Instant origin = training.get(0).at();
    State s = run(y, m, best.alpha, best.beta, best.gamma, null);
    double rmse = Math.sqrt(s.sse / Math.max(1, s.count));
    int last = y.length - 1;
    return at -> {
      long target = cadence.stepOf(origin, at);
      int h = (int) Math.max(1, target - last);
      double expected = s.level + h * s.trend + s.season[(int) Math.floorMod(target, (long) m)];
      return new Expectation(
          expected,
          rmse,
          Math.max(1, s.count - 3),
          1.0,
          "holt_winters",
          String.format(
              Locale.ROOT,
              "Holt-Winters forecast %s (α %.2f, β %.2f, γ %.2f)",
              Numbers.format(expected),
              best.alpha,
              best.beta,
              best.gamma),
          training.size());
    };
  }

  private Fitted fallback(List<Observation> training, String why) {
    Expectation e = LevelModel.expectation(training, fallback, ", " + why);
    return t -> e;
  }

  private record Fit(double alpha, double beta, double gamma) {}

  private Fit fit(double[] y, int m) {
    MultivariateFunction sse = p -> run(y, m, p[0], p[1], p[2], null).sse;
    try {
      BOBYQAOptimizer opt = new BOBYQAOptimizer(7, 0.1, 1e-4);
      PointValuePair best =
          opt.optimize(
              new MaxEval(MAX_EVALUATIONS),
              new ObjectiveFunction(sse),
              GoalType.MINIMIZE,
              new InitialGuess(new double[] {0.3, 0.05, 0.2}),
              new SimpleBounds(LOWER, UPPER));
      double[] p = best.getPoint();
      return Double.isFinite(best.getValue()) ? new Fit(p[0], p[1], p[2]) : null;
    } catch (MathIllegalStateException e) {
      // BOBYQA gave up (too many evaluations, or a trust-region step that cannot reduce its
      // model on a degenerate surface): take the best of a coarse grid instead.
      return grid(y, m);
    }
  }

  private static Fit grid(double[] y, int m) {
    Fit best = null;
    double bestSse = Double.POSITIVE_INFINITY;
    for (double a : new double[] {0.1, 0.3, 0.6, 0.9}) {
      for (double b : new double[] {0, 0.05, 0.2}) {
        for (double g : new double[] {0.05, 0.2, 0.5}) {
          double sse = run(y, m, a, b, g, null).sse;
          if (sse < bestSse) {
            bestSse = sse;
            best = new Fit(a, b, g);
          }
        }
      }
    }
    return best;
  }

  private static final class State {
    double level;
    double trend;
    double[] season;
    double sse;
    int count;
  }

  /**
   * One pass: initial level and trend from the first two seasons' means, initial season from the
   * deviations of the first two seasons from their means; errors from the third season on count.
   */
  static State run(double[] y, int m, double alpha, double beta, double gamma, State into) {
    State s = into == null ? new State() : into;
    double m1 = meanOf(y, 0, m);
    double m2 = meanOf(y, m, 2 * m);
    if (Double.isNaN(m1) || Double.isNaN(m2)) {
      double all = meanOf(y, 0, y.length);
      m1 = Double.isNaN(m1) ? all : m1;
      m2 = Double.isNaN(m2) ? all : m2;
    }
    s.season = new double[m];
    for (int j = 0; j < m; j++) {
      double sum = 0;
      int c = 0;
      if (!Double.isNaN(y[j])) {
        sum += y[j] - m1;
        c++;
      }
      if (j + m < y.length && !Double.isNaN(y[j + m])) {
        sum += y[j + m] - m2;
        c++;
      }
      s.season[j] = c == 0 ? 0 : sum / c;
    }
    s.trend = (m2 - m1) / m;
    s.level = m1 - s.trend * (m + 1) / 2.0; // the state before step 0
    s.sse = 0;
    s.count = 0;
    for (int t = 0; t < y.length; t++) {
      int j = t % m;
      double forecast = s.level + s.trend + s.season[j];
      if (Double.isNaN(y[t])) {
        s.level += s.trend;
        continue;
      }
      double err = y[t] - forecast;
      if (t >= 2 * m) {
        s.sse += err * err;
        s.count++;
      }
      double prevLevel = s.level;
      s.level = alpha * (y[t] - s.season[j]) + (1 - alpha) * (s.level + s.trend);
      s.trend = beta * (s.level - prevLevel) + (1 - beta) * s.trend;
      s.season[j] = gamma * (y[t] - s.level) + (1 - gamma) * s.season[j];
    }
    if (s.count == 0) {
      s.sse = Double.POSITIVE_INFINITY;
    }
    return s;
  }

  private static double meanOf(double[] y, int from, int to) {
    double sum = 0;
    int c = 0;
    for (int i = from; i < Math.min(to, y.length); i++) {
      if (!Double.isNaN(y[i])) {
        sum += y[i];
        c++;
      }
    }
    return c == 0 ? Double.NaN : sum / c;
  }
}
