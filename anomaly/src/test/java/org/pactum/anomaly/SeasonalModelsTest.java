package org.pactum.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pactum.anomaly.SeriesFixtures.day;
import static org.pactum.anomaly.SeriesFixtures.hour;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SeasonalModelsTest {
  /** Mon..Sun multipliers: weekdays busy, weekends quiet. */
  private static final double[] WEEK = {1.0, 1.05, 1.0, 1.1, 1.15, 0.55, 0.45};

  /** A deterministic "noise": ±1% alternating by week so each weekday has a spread. */
  private static double weekly(int i, double trendPerDay) {
    double noise = ((i / 7) % 2 == 0 ? 1 : -1) * 0.01;
    return 10_000 * WEEK[i % 7] * (1 + noise) + trendPerDay * i;
  }

  private static Series series(int n, IntFunction<Instant> time, IntFunction<Double> value) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      obs.add(Observation.of(time.apply(i), value.apply(i)));
    }
    return Series.of(obs);
  }

  private static AnomalyVerdict judge(BaselineSettings s, Series h, Instant at, double v) {
    return new AnomalyDetector(s).judge("row_count", h, Observation.of(at, v));
  }

  @Test
  void dayOfWeekTrainsOnTheSameWeekday() {
    Series h = series(28, SeriesFixtures::day, i -> weekly(i, 0));
    BaselineSettings s = BaselineSettings.DEFAULTS.withModel(Seasonality.DAY_OF_WEEK, Method.BAND);
    // Day 33 is a Saturday: the four earlier Saturdays' mean is exactly 5,500 (noise cancels).
    AnomalyVerdict sat = judge(s, h, day(33), 5500);
    assertThat(sat.model()).isEqualTo("day_of_week");
    assertThat(sat.expected()).isCloseTo(5500, within(1e-6));
    assertThat(sat.status()).isEqualTo(Status.PASS);
    assertThat(sat.explanation()).contains("Saturday mean 5,500 of 4").contains("day_of_week)");
    // A weekday-sized Saturday is an anomaly, although it would be normal on a Friday.
    assertThat(judge(s, h, day(33), 11_000).status()).isEqualTo(Status.FAIL);
    assertThat(judge(s, h, day(32), 11_500).status()).isEqualTo(Status.PASS);
    // The plain band cannot tell: 11,000 is inside the week's whole spread.
    BaselineSettings band = s.withModel(Seasonality.NONE, Method.BAND);
    assertThat(judge(band, h, day(33), 11_000).status()).isEqualTo(Status.PASS);
  }

  @Test
  void dayOfWeekRobustUsesTheSlotMedian() {
    Series h = series(28, SeriesFixtures::day, i -> weekly(i, 0));
    BaselineSettings s =
        BaselineSettings.DEFAULTS.withModel(Seasonality.DAY_OF_WEEK, Method.ROBUST);
    AnomalyVerdict sat = judge(s, h, day(33), 5500);
    assertThat(sat.explanation()).contains("Saturday median 5,500");
    assertThat(judge(s, h, day(33), 11_000).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void dayOfWeekFallsBackWhenTheWeekdayHasNoHistory() {
    // Weekdays only in history; a Sunday is judged against the level.
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < 28; i++) {
      if (i % 7 < 5) {
        obs.add(Observation.of(day(i), 1000 + (i % 2 == 0 ? 10 : -10)));
      }
    }
    BaselineSettings s = BaselineSettings.DEFAULTS.withModel(Seasonality.DAY_OF_WEEK, Method.BAND);
    AnomalyVerdict sun = judge(s, Series.of(obs), day(34), 1000);
    assertThat(sun.model()).isEqualTo("band");
    assertThat(sun.explanation()).contains("no earlier Sunday");
  }

  @Test
  void hourOfDayTrainsOnTheSameHour() {
    // Hourly, busy 08:00-18:00 (UTC), 3 days of history.
    IntFunction<Double> v =
        i -> {
          int h = (6 + i) % 24;
          double base = h >= 8 && h < 18 ? 1000 : 100;
          return base + ((i / 24) % 2 == 0 ? 5 : -5);
        };
    Series h = series(72, SeriesFixtures::hour, v);
    BaselineSettings s =
        BaselineSettings.DEFAULTS
            .withWindow(72, java.time.Duration.ofDays(30), 7)
            .withModel(Seasonality.HOUR_OF_DAY, Method.BAND);
    // hour(74) is 08:00 on day 4: busy.
    AnomalyVerdict busy = judge(s, h, hour(74), 1000);
    assertThat(busy.model()).isEqualTo("hour_of_day");
    assertThat(busy.expected()).isCloseTo(1000 + 5.0 / 3, within(1e-9));
    assertThat(busy.explanation()).contains("08:00 mean");
    // A night-time volume at 08:00 is a drop.
    assertThat(judge(s, h, hour(74), 100).status()).isEqualTo(Status.FAIL);
    assertThat(judge(s, h, hour(72), 100).status()).isEqualTo(Status.PASS); // 06:00
  }

  @Test
  void holtWintersFollowsTrendAndSeason() {
    Series h = series(35, SeriesFixtures::day, i -> weekly(i, 50));
    BaselineSettings s =
        BaselineSettings.DEFAULTS
            .withWindow(35, java.time.Duration.ofDays(60), 7)
            .withModel(Seasonality.HOLT_WINTERS, Method.BAND);
    double truth = 10_000 * WEEK[36 % 7] + 50 * 36; // Tuesday of week 6, no noise
    AnomalyVerdict tue = judge(s, h, day(36), truth);
    assertThat(tue.model()).isEqualTo("holt_winters");
    assertThat(tue.expected()).isCloseTo(truth, within(0.03 * truth));
    assertThat(tue.status()).isEqualTo(Status.PASS);
    assertThat(tue.explanation()).contains("Holt-Winters forecast");
    assertThat(judge(s, h, day(36), truth * 0.7).status()).isEqualTo(Status.FAIL);
    // Too little history for two seasons: falls back to the level band, and says so.
    Series shortH = series(10, SeriesFixtures::day, i -> weekly(i, 50));
    AnomalyVerdict fb = judge(s, shortH, day(10), 10_000);
    assertThat(fb.model()).isEqualTo("band");
    assertThat(fb.explanation()).contains("too little history for Holt-Winters");
  }

  @Test
  void holtWintersSkipsGaps() {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < 35; i++) {
      if (i != 17 && i != 18 && i != 25) {
        obs.add(Observation.of(day(i), weekly(i, 0)));
      }
    }
    BaselineSettings s =
        BaselineSettings.DEFAULTS
            .withWindow(35, java.time.Duration.ofDays(60), 7)
            .withModel(Seasonality.HOLT_WINTERS, Method.BAND);
    AnomalyVerdict sat = judge(s, Series.of(obs), day(40), 5500);
    assertThat(sat.model()).isEqualTo("holt_winters");
    assertThat(sat.expected()).isCloseTo(5500, within(300.0));
    assertThat(sat.status()).isEqualTo(Status.PASS);
  }

  @Test
  void autoPicksByHistory() {
    AutoModel auto = new AutoModel(Method.BAND, java.time.ZoneOffset.UTC);
    List<Observation> seasonal = series(28, SeriesFixtures::day, i -> weekly(i, 0)).observations();
    assertThat(auto.choose(seasonal)).isInstanceOf(SeasonalProfileModel.class);
    List<Observation> both = series(30, SeriesFixtures::day, i -> weekly(i, 200)).observations();
    assertThat(auto.choose(both)).isInstanceOf(HoltWintersModel.class);
    List<Observation> trend =
        series(30, SeriesFixtures::day, i -> 1000 + 20.0 * i + (i % 2 == 0 ? 5 : -5))
            .observations();
    assertThat(auto.choose(trend)).isInstanceOf(LinearTrendModel.class);
    List<Observation> flat =
        series(30, SeriesFixtures::day, i -> 1000 + (i % 3 - 1) * 7.0).observations();
    assertThat(auto.choose(flat)).isInstanceOf(LevelModel.class);
    // Too short for a seasonality test: the level band.
    assertThat(auto.choose(seasonal.subList(0, 10))).isInstanceOf(LevelModel.class);
    // Hourly cadence with one day of history: no daily season can be tested.
    List<Observation> hourly = series(30, SeriesFixtures::hour, i -> 100.0 + i % 2).observations();
    assertThat(auto.choose(hourly)).isInstanceOf(LevelModel.class);
  }

  @Test
  void autoOnATrendJudgesAgainstTheExtrapolation() {
    Series h = series(30, SeriesFixtures::day, i -> 1000 + 20.0 * i + (i % 2 == 0 ? 5 : -5));
    AnomalyVerdict next = judge(BaselineSettings.DEFAULTS, h, day(30), 1600);
    assertThat(next.model()).isEqualTo("trend");
    assertThat(next.expected()).isCloseTo(1600, within(5.0));
    assertThat(next.status()).isEqualTo(Status.PASS);
    assertThat(next.explanation()).contains("trend, auto)");
    assertThat(judge(BaselineSettings.DEFAULTS, h, day(30), 1300).status()).isEqualTo(Status.FAIL);
  }
}
