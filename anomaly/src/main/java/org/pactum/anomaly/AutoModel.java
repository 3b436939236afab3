package org.pactum.anomaly;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.OneWayAnova;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * {@code seasonality: auto}: picks a model per judgement from the training window.
 *
 * <ol>
 *   <li>The cadence (median gap) gives the candidate season: hourly loads → hour of day (24), daily
 *       loads → day of week (7), anything else none.
 *   <li>Trend: a least-squares line over time with p &lt; {@value #TREND_P} and R² ≥ {@value
 *       #TREND_R2}, steady over the window (the older half's slope at least {@value #STEADY_SHARE}
 *       of the whole's), so a recent drift is not mistaken for a trend.
 *   <li>Seasonality test: with at least two values per slot on average and two full seasons of
 *       history, a one-way ANOVA of the (detrended) values grouped by slot with p &lt; {@value
 *       #SEASON_P}, and the slot means explaining at least {@value #SEASON_SHARE} of the variance.
 *   <li>Seasonal and trending with at least {@value #HW_SEASONS} seasons: Holt-Winters; seasonal:
 *       the calendar profile; trending: the linear trend; otherwise the level band (mean/stddev or
 *       median/MAD per {@link Method}).
 * </ol>
 */
final class AutoModel implements Model {
  static final double TREND_P = 0.001;
  static final double TREND_R2 = 0.3;
  static final double STEADY_SHARE = 0.5;
  static final double SEASON_P = 0.001;
  static final double SEASON_SHARE = 0.5;
  static final int HW_SEASONS = 3;

  private final Method method;
  private final ZoneId zone;

  AutoModel(Method method, ZoneId zone) {
    this.method = method;
    this.zone = zone;
  }

  @Override
  public Fitted fit(List<Observation> training) {
    return choose(training).fit(training);
  }

  Model choose(List<Observation> training) {
    int n = training.size();
    Cadence cadence = Cadence.of(training);
    boolean trend = false;
    double[] detrended = Stats.values(training);
    if (n >= 8) {
      // Test the trend on deseasonalised values (minus their slot's mean), so a strong season
      // does not hide it; then remove it before testing the season.
      double[] deseasoned =
          cadence.seasonal() && n >= 2 * cadence.seasonLength()
              ? minusSlotMeans(training, detrended, cadence.seasonality())
              : detrended.clone();
      Instant origin = training.get(0).at();
      SimpleRegression r = new SimpleRegression();
      for (int i = 0; i < n; i++) {
        r.addData(LinearTrendModel.days(origin, training.get(i).at()), deseasoned[i]);
      }
      trend =
          r.getSignificance() < TREND_P
              && r.getRSquare() >= TREND_R2
              && steady(training, deseasoned, r.getSlope());
      if (trend) {
        for (int i = 0; i < n; i++) {
          detrended[i] -= r.getSlope() * LinearTrendModel.days(origin, training.get(i).at());
        }
      }
    }
    boolean seasonal =
        cadence.seasonal()
            && n >= 2 * cadence.seasonLength()
            && seasonalTest(training, detrended, cadence.seasonality());
    if (seasonal && trend && n >= HW_SEASONS * cadence.seasonLength()) {
      return new HoltWintersModel(cadence, method);
    }
    if (seasonal) {
      return new SeasonalProfileModel(cadence.seasonality(), method, zone);
    }
    if (trend) {
      return new LinearTrendModel();
    }
    return new LevelModel(method);
  }

  /**
   * A trend is steady when the older half of the window already rises (or falls) at least {@value
   * #STEADY_SHARE} of the whole window's slope: a series that was flat and only lately started to
   * move is drifting, not trending, and must not be extrapolated as normal.
   */
  private static boolean steady(List<Observation> training, double[] v, double slope) {
    int half = training.size() / 2;
    SimpleRegression older = new SimpleRegression();
    Instant origin = training.get(0).at();
    for (int i = 0; i < half; i++) {
      older.addData(LinearTrendModel.days(origin, training.get(i).at()), v[i]);
    }
    return older.getN() >= 3 && older.getSlope() / slope >= STEADY_SHARE;
  }

  /**
   * The values minus their slot's seasonal offset, estimated on the linearly detrended values (so
   * removing the season leaves a trend intact).
   */
  private double[] minusSlotMeans(List<Observation> training, double[] v, Seasonality s) {
    SeasonalProfileModel profile = new SeasonalProfileModel(s, method, zone);
    Instant origin = training.get(0).at();
    SimpleRegression line = new SimpleRegression();
    for (int i = 0; i < v.length; i++) {
      line.addData(LinearTrendModel.days(origin, training.get(i).at()), v[i]);
    }
    Map<Integer, double[]> sums = new HashMap<>();
    for (int i = 0; i < v.length; i++) {
      double d = v[i] - line.predict(LinearTrendModel.days(origin, training.get(i).at()));
      double[] acc = sums.computeIfAbsent(profile.slot(training.get(i).at()), k -> new double[2]);
      acc[0] += d;
      acc[1]++;
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double[] acc = sums.get(profile.slot(training.get(i).at()));
      out[i] = v[i] - acc[0] / acc[1];
    }
    return out;
  }

  private boolean seasonalTest(List<Observation> training, double[] values, Seasonality s) {
    SeasonalProfileModel profile = new SeasonalProfileModel(s, method, zone);
    Map<Integer, List<Double>> slots = new LinkedHashMap<>();
    for (int i = 0; i < training.size(); i++) {
      slots
          .computeIfAbsent(profile.slot(training.get(i).at()), k -> new ArrayList<>())
          .add(values[i]);
    }
    List<double[]> groups = new ArrayList<>();
    for (List<Double> g : slots.values()) {
      if (g.size() >= 2) {
        groups.add(g.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    if (groups.size() < 2) {
      return false;
    }
    double within = 0;
    for (double[] g : groups) {
      within += Stats.stddev(g);
    }
    if (within == 0) {
      // Every slot constant: seasonal if the slots differ at all.
      return groups.stream().mapToDouble(Stats::mean).distinct().count() > 1;
    }
    // Share of the variance the slot means explain: a weak season is left to the plain band, whose
    // spread then includes it, rather than to slot means estimated from three or four values.
    double all = 0;
    double between = 0;
    int count = 0;
    double grand = 0;
    for (double[] g : groups) {
      for (double x : g) {
        grand += x;
        count++;
      }
    }
    grand /= count;
    for (double[] g : groups) {
      double m = Stats.mean(g);
      for (double x : g) {
        all += (x - grand) * (x - grand);
        between += (m - grand) * (m - grand);
      }
    }
    return between >= SEASON_SHARE * all && new OneWayAnova().anovaPValue(groups) < SEASON_P;
  }
}
