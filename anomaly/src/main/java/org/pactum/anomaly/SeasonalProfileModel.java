package org.pactum.anomaly;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calendar seasonality: the expected value is the mean (or median) of earlier observations in the
 * same slot (weekday or hour of day); the spread is pooled over all slots (each value's deviation
 * from its own slot's centre), which is far steadier than a spread from the four or five values of
 * one slot. A slot without at least one earlier value, or too little data to pool, falls back to
 * {@link LevelModel}.
 */
final class SeasonalProfileModel implements Model {
  private final Seasonality seasonality;
  private final Method method;
  private final ZoneId zone;

  SeasonalProfileModel(Seasonality seasonality, Method method, ZoneId zone) {
    if (seasonality != Seasonality.DAY_OF_WEEK && seasonality != Seasonality.HOUR_OF_DAY) {
      throw new IllegalArgumentException("calendar seasonality expected, got " + seasonality);
    }
    this.seasonality = seasonality;
    this.method = method;
    this.zone = zone;
  }

  int slot(Instant t) {
    var z = t.atZone(zone);
    return seasonality == Seasonality.DAY_OF_WEEK ? z.getDayOfWeek().getValue() : z.getHour();
  }

  String slotName(Instant t) {
    var z = t.atZone(zone);
    return seasonality == Seasonality.DAY_OF_WEEK
        ? z.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        : String.format(Locale.ROOT, "%02d:00", z.getHour());
  }

  Map<Integer, List<Double>> groups(List<Observation> training) {
    Map<Integer, List<Double>> groups = new LinkedHashMap<>();
    for (Observation o : training) {
      groups.computeIfAbsent(slot(o.at()), k -> new ArrayList<>()).add(o.value());
    }
    return groups;
  }

  @Override
  public Fitted fit(List<Observation> training) {
    Map<Integer, List<Double>> groups = groups(training);
    double pooledSq = 0;
    int dof = 0;
    List<Double> absDev = new ArrayList<>();
    for (List<Double> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      double[] v = g.stream().mapToDouble(Double::doubleValue).toArray();
      double c = center(v);
      for (double x : v) {
        pooledSq += (x - c) * (x - c);
        absDev.add(Math.abs(x - c));
      }
      dof += v.length - 1;
    }
    double spread;
    if (method == Method.ROBUST) {
      double[] d = absDev.stream().mapToDouble(Double::doubleValue).toArray();
      double mad = d.length == 0 ? 0 : Stats.median(d);
      spread =
          mad > 0 ? Stats.MAD_SCALE * mad : d.length == 0 ? 0 : Stats.MEAN_AD_SCALE * Stats.mean(d);
    } else {
      spread = dof == 0 ? 0 : Math.sqrt(pooledSq / dof);
    }
    int pooledDof = dof;
    return at -> {
      List<Double> same = groups.get(slot(at));
      if (same == null || pooledDof < 2) {
        String why = same == null ? "no earlier " + slotName(at) : "too few values per slot";
        return LevelModel.expectation(training, method, ", " + why);
      }
      double[] v = same.stream().mapToDouble(Double::doubleValue).toArray();
      double expected = center(v);
      String what = method == Method.ROBUST ? " median " : " mean ";
      return new Expectation(
          expected,
          spread,
          pooledDof,
          Math.sqrt(1 + 1.0 / v.length),
          seasonality.name().toLowerCase(Locale.ROOT),
          slotName(at) + what + Numbers.format(expected) + " of " + v.length,
          training.size());
    };
  }

  private double center(double[] v) {
    return method == Method.ROBUST ? Stats.median(v) : Stats.mean(v);
  }
}
