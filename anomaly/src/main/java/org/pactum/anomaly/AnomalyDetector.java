package org.pactum.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Judges one observation against a baseline learned from the metric's history.
 *
 * <ul>
 *   <li>Training: history before the judged time and within {@code maxAge} of it, finite and not
 *       flagged, the latest {@code window} of them. The judged observation is never trained on.
 *   <li>Fewer than {@code minHistory}: PASS, "learning: 4 of 7" (unless {@code failOnZero} and the
 *       value is 0).
 *   <li>Band: {@code expected ± k × spread}, where k is widened for small samples into a prediction
 *       interval with the same tail probability as k standard deviations of a normal distribution
 *       (Student-t with the spread's degrees of freedom, times √(1 + 1/n)): seven training values
 *       cannot pin down a spread as well as thirty, and should not alarm as often.
 *   <li>Floor: the spread is at least 1e-9 × max(|expected|, 1) so a constant history (stddev 0,
 *       MAD 0) does not divide by zero: a constant series passes its own value and flags any other
 *       (set {@code min_change} / {@code min_change_pct} to tolerate small changes). Each band
 *       half-width is at least {@code minChange} and {@code minChangePct}% of |expected|.
 *   <li>A NaN or infinite observed value is not judged (PASS, said so).
 * </ul>
 *
 * Cost per judgement: O(window) (the Holt-Winters fit is a bounded number of passes).
 */
public final class AnomalyDetector {
  static final double SPREAD_FLOOR = 1e-9;
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private final BaselineSettings settings;

  public AnomalyDetector(BaselineSettings settings) {
    this.settings = settings;
  }

  public BaselineSettings settings() {
    return settings;
  }

  /** The observations trained on for a judgement at {@code at}, oldest first. */
  public List<Observation> training(Series history, Instant at) {
    Instant oldest = at.minus(settings.maxAge());
    List<Observation> usable = new ArrayList<>();
    for (Observation o : history.observations()) {
      if (o.trainable() && o.at().isBefore(at) && !o.at().isBefore(oldest)) {
        usable.add(o);
      }
    }
    int from = Math.max(0, usable.size() - settings.window());
    return List.copyOf(usable.subList(from, usable.size()));
  }

  /**
   * @param label what is judged, for the explanation ("row_count", "mean(amount)")
   * @param history earlier observations (any order; those at or after {@code current} are ignored)
   * @param current the observation to judge
   */
  public AnomalyVerdict judge(String label, Series history, Observation current) {
    double x = current.value();
    List<Observation> training = training(history, current.at());
    int n = training.size();
    if (!Double.isFinite(x)) {
      return unjudged(
          Status.PASS,
          x,
          n,
          "none",
          label + " has no value (" + Numbers.format(x) + "); not judged");
    }
    if (settings.failOnZero() && x == 0) {
      return unjudged(Status.FAIL, x, n, "zero", label + " is 0 and fail_on_zero is set");
    }
    if (n < settings.minHistory()) {
      return unjudged(
          Status.PASS, x, n, "learning", "learning: " + n + " of " + settings.minHistory());
    }
    Expectation e = model().expect(training, current.at());
    double expected = e.expected();
    double spread = Math.max(e.spread(), SPREAD_FLOOR * Math.max(Math.abs(expected), 1));
    double minHalf =
        Math.max(settings.minChange(), settings.minChangePct() / 100 * Math.abs(expected));
    double warnHalf = Math.max(width(settings.warnSensitivity(), e) * spread, minHalf);
    double failHalf = Math.max(width(settings.failSensitivity(), e) * spread, warnHalf);
    double dev = x - expected;
    boolean up = dev > 0;
    boolean watched = up ? settings.direction().watchesUp() : settings.direction().watchesDown();
    Status status = Status.PASS;
    if (Math.abs(dev) > failHalf) {
      status = Status.FAIL;
    } else if (Math.abs(dev) > warnHalf) {
      status = Status.WARN;
    }
    boolean ignored = status != Status.PASS && !watched;
    if (ignored) {
      status = Status.PASS;
    }
    double k = status == Status.FAIL ? settings.failSensitivity() : settings.warnSensitivity();
    double half = status == Status.FAIL ? failHalf : warnHalf;
    String where = status == Status.PASS && !ignored ? "is within" : up ? "is above" : "is below";
    String model = settings.seasonality() == Seasonality.AUTO ? e.model() + ", auto" : e.model();
    StringBuilder msg = new StringBuilder();
    msg.append(label)
        .append(' ')
        .append(Numbers.format(x))
        .append(' ')
        .append(where)
        .append(" the expected band ")
        .append(Numbers.format(expected - half))
        .append('–')
        .append(Numbers.format(expected + half))
        .append(" (")
        .append(e.basis())
        .append(", ")
        .append(String.format(Locale.ROOT, "%.1fσ", k));
    if (half == minHalf && minHalf > 0) {
      msg.append(", at least the minimum change ").append(Numbers.format(minHalf));
    }
    msg.append("; trained on ").append(n).append(" loads, ").append(model).append(')');
    if (ignored) {
      msg.append("; only ")
          .append(settings.direction() == Direction.SPIKE ? "spikes" : "drops")
          .append(" are watched");
    }
    return new AnomalyVerdict(
        status,
        x,
        expected,
        expected - warnHalf,
        expected + warnHalf,
        expected - failHalf,
        expected + failHalf,
        dev / spread,
        n,
        settings.minHistory(),
        e.model(),
        msg.toString());
  }

  private AnomalyVerdict unjudged(Status status, double x, int n, String model, String why) {
    double nan = Double.NaN;
    return new AnomalyVerdict(
        status, x, nan, nan, nan, nan, nan, nan, n, settings.minHistory(), model, why);
  }

  private Model model() {
    Method method = settings.method();
    return switch (settings.seasonality()) {
      case NONE -> new LevelModel(method);
      case DAY_OF_WEEK, HOUR_OF_DAY ->
          new SeasonalProfileModel(settings.seasonality(), method, settings.zone());
      case HOLT_WINTERS -> new CalendarHoltWinters(method);
      case AUTO -> new AutoModel(method, settings.zone());
    };
  }

  /**
   * The band half-width in spreads for sensitivity k: the Student-t quantile with the estimate's
   * degrees of freedom at the normal tail probability of k, times the prediction factor.
   */
  static double width(double k, Expectation e) {
    double tail = NORMAL.cumulativeProbability(-k);
    double q = k;
    if (e.dof() < 200 && tail > 1e-300) {
      q = -new TDistribution(null, Math.max(1, e.dof())).inverseCumulativeProbability(tail);
      if (!Double.isFinite(q)) {
        q = k;
      }
    }
    return Math.max(k, q) * e.predictionFactor();
  }

  /** Holt-Winters on the cadence found in the training window. */
  private record CalendarHoltWinters(Method fallback) implements Model {
    @Override
    public Expectation expect(List<Observation> training, Instant at) {
      return new HoltWintersModel(Cadence.of(training), fallback).expect(training, at);
    }
  }
}
