package org.pactum.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges one observation against a baseline learned from the metric's history.
 *
 * <ul>
 *   <li>Training: history up to the judged time and within {@code maxAge} of it, finite and not
 *       flagged, the latest {@code window} of them. The caller leaves the judged observation out of
 *       the history (the check engine excludes the run being judged).
 *   <li>Fewer than {@code minHistory}: PASS, "learning: 4 of 7" (unless {@code failOnZero} and the
 *       value is 0).
 *   <li>Point test: {@code expected ± k × spread}, k widened for small samples (see {@link
 *       Widths}).
 *   <li>Sustained test: the average of the current and the previous {@value #RECENT} − 1 trainable
 *       loads against a model trained on the loads before them, with the band of an average (spread
 *       / √{@value #RECENT}, plus the error of the expectation). It catches slow drifts and small
 *       level shifts that no single load shows, before the training window absorbs them. It runs
 *       when at least {@code minHistory} loads precede the recent ones; the more severe of the two
 *       tests decides.
 *   <li>Floor: the spread is at least {@value #SPREAD_FLOOR} × max(|expected|, 1), so a constant
 *       history (stddev 0, MAD 0) does not divide by zero: a constant series passes its own value
 *       and flags any other (set {@code min_change} / {@code min_change_pct} to tolerate small
 *       changes). Each band half-width is at least {@code minChange} and {@code minChangePct}% of
 *       |expected|.
 *   <li>A NaN or infinite observed value is not judged (PASS, said so).
 * </ul>
 *
 * Cost per judgement: O(window) (two model fits; the Holt-Winters fit is a bounded number of
 * passes).
 */
public final class AnomalyDetector {
  static final double SPREAD_FLOOR = 1e-9;
  static final int RECENT = 5;

  private final BaselineSettings settings;
  private final Widths widths = new Widths();

  public AnomalyDetector(BaselineSettings settings) {
    this.settings = settings;
  }

  public BaselineSettings settings() {
    return settings;
  }

  /** The observations trained on for a judgement at {@code at}, oldest first. */
  public List<Observation> training(Series history, Instant at) {
    Instant oldest = at.minus(settings.training().maxAge());
    List<Observation> usable = new ArrayList<>();
    for (Observation o : history.observations()) {
      if (o.trainable() && !o.at().isAfter(at) && !o.at().isBefore(oldest)) {
        usable.add(o);
      }
    }
    int from = Math.max(0, usable.size() - settings.training().window());
    return List.copyOf(usable.subList(from, usable.size()));
  }

  /**
   * @param label what is judged, for the explanation ("row_count", "mean(amount)")
   * @param history earlier observations, not including {@code current} itself (any order; those
   *     after {@code current}'s time are ignored)
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
    if (settings.deviations().failOnZero() && x == 0) {
      return unjudged(Status.FAIL, x, n, "zero", label + " is 0 and fail_on_zero is set");
    }
    if (n < settings.training().minHistory()) {
      return unjudged(
          Status.PASS,
          x,
          n,
          "learning",
          "learning: " + n + " of " + settings.training().minHistory());
    }
    // auto chooses once, on the whole window; the sustained test refits the same kind of model.
    Model model = model() instanceof AutoModel auto ? auto.choose(training) : model();
    Expectation e = model.fit(training).at(current.at());
    Judgement point =
        Judgement.of(widths, settings, x, e.expected(), e.spread(), e.dof(), e.predictionFactor());
    Judgement recent = sustained(model, training, current);
    boolean byRecent = recent != null && recent.status().compareTo(point.status()) > 0;
    Judgement decisive = byRecent ? recent : point;
    String modelName =
        settings.modelChoice().seasonality() == Seasonality.AUTO ? e.model() + ", auto" : e.model();
    StringBuilder msg = new StringBuilder();
    msg.append(label).append(' ').append(Numbers.format(x)).append(' ');
    if (byRecent) {
      msg.append("is within the expected band ")
          .append(range(point, point.warnHalf()))
          .append(", but the last ")
          .append(RECENT)
          .append(" loads average ")
          .append(Numbers.format(recent.observed()))
          .append(recent.observed() > recent.expected() ? ", above" : ", below")
          .append(" the band for an average of ")
          .append(RECENT)
          .append(' ')
          .append(range(recent, recent.half()));
    } else {
      msg.append(
              point.status() == Status.PASS && !point.ignored()
                  ? "is within"
                  : x > point.expected() ? "is above" : "is below")
          .append(" the expected band ")
          .append(range(point, point.half()));
    }
    double k =
        decisive.status() == Status.FAIL
            ? settings.sensitivity().fail()
            : settings.sensitivity().warn();
    msg.append(" (").append(e.basis()).append(", ").append(String.format(Locale.ROOT, "%.1fσ", k));
    if (decisive.minChangeBound()) {
      msg.append(", at least the minimum change ").append(Numbers.format(decisive.half()));
    }
    msg.append("; trained on ").append(n).append(" loads, ").append(modelName).append(')');
    if (point.ignored() && !byRecent) {
      msg.append("; only ")
          .append(settings.deviations().direction() == Direction.SPIKE ? "spikes" : "drops")
          .append(" are watched");
    }
    return new AnomalyVerdict(
        decisive.status(),
        x,
        point.expected(),
        point.expected() - point.warnHalf(),
        point.expected() + point.warnHalf(),
        point.expected() - point.failHalf(),
        point.expected() + point.failHalf(),
        decisive.score(),
        n,
        settings.training().minHistory(),
        e.model(),
        msg.toString(),
        Math.abs(x - point.expected()) > point.warnHalf());
  }

  /** The recent-average test, or null when too little history precedes the recent loads. */
  private Judgement sustained(Model model, List<Observation> training, Observation current) {
    int base = training.size() - (RECENT - 1);
    if (base < settings.training().minHistory()) {
      return null;
    }
    Model.Fitted fitted = model.fit(training.subList(0, base));
    double sumX = current.value();
    Expectation now = fitted.at(current.at());
    double sumE = now.expected();
    double worstFactorSq = now.predictionFactor() * now.predictionFactor() - 1;
    for (Observation o : training.subList(base, training.size())) {
      Expectation e = fitted.at(o.at());
      sumX += o.value();
      sumE += e.expected();
      worstFactorSq = Math.max(worstFactorSq, e.predictionFactor() * e.predictionFactor() - 1);
    }
    double factor = Math.sqrt(1.0 / RECENT + Math.max(0, worstFactorSq));
    return Judgement.of(
        widths, settings, sumX / RECENT, sumE / RECENT, now.spread(), now.dof(), factor);
  }

  private static String range(Judgement j, double half) {
    return Numbers.format(j.expected() - half) + "–" + Numbers.format(j.expected() + half);
  }

  private AnomalyVerdict unjudged(Status status, double x, int n, String model, String why) {
    double nan = Double.NaN;
    return new AnomalyVerdict(
        status,
        x,
        nan,
        nan,
        nan,
        nan,
        nan,
        nan,
        n,
        settings.training().minHistory(),
        model,
        why,
        false);
  }

  private Model model() {
    Method method = settings.modelChoice().method();
    return switch (settings.modelChoice().seasonality()) {
      case NONE -> new LevelModel(method);
      case DAY_OF_WEEK, HOUR_OF_DAY ->
          new SeasonalProfileModel(
              settings.modelChoice().seasonality(), method, settings.modelChoice().zone());
      case HOLT_WINTERS ->
          training -> new HoltWintersModel(Cadence.of(training), method).fit(training);
      case AUTO -> new AutoModel(method, settings.modelChoice().zone());
    };
  }
}
