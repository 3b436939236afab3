package org.pactum.anomaly;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
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
 *       #TREND_R2}.
 *   <li>Seasonality test: with at least two values per slot on average and two full seasons of
 *       history, a one-way ANOVA of the (detrended) values grouped by slot with p &lt; {@value
 *       #SEASON_P}.
 *   <li>Seasonal and trending with at least {@value #HW_SEASONS} seasons: Holt-Winters; seasonal:
 *       the calendar profile; trending: the linear trend; otherwise the level band (mean/stddev or
 *       median/MAD per {@link Method}).
 * </ol>
 */
final class AutoModel implements Model {
  static final double TREND_P = 0.001;
  static final double TREND_R2 = 0.5;
  static final double SEASON_P = 0.01;
  static final int HW_SEASONS = 3;

  private final Method method;
  private final ZoneId zone;

  AutoModel(Method method, ZoneId zone) {
    this.method = method;
    this.zone = zone;
  }

  @Override
  public Expectation expect(List<Observation> training, Instant at) {
    return choose(training).expect(training, at);
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
      trend = r.getSignificance() < TREND_P && r.getRSquare() >= TREND_R2;
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

  private double[] minusSlotMeans(List<Observation> training, double[] v, Seasonality s) {
    SeasonalProfileModel profile = new SeasonalProfileModel(s, method, zone);
    Map<Integer, double[]> sums = new java.util.HashMap<>();
    for (int i = 0; i < v.length; i++) {
      double[] acc = sums.computeIfAbsent(profile.slot(training.get(i).at()), k -> new double[2]);
      acc[0] += v[i];
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
    Map<Integer, List<Double>> slots = new java.util.LinkedHashMap<>();
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
    return new OneWayAnova().anovaPValue(groups) < SEASON_P;
  }
}
