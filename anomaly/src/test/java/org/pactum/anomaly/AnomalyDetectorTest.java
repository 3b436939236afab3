package org.pactum.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pactum.anomaly.SeriesFixtures.alternating;
import static org.pactum.anomaly.SeriesFixtures.daily;
import static org.pactum.anomaly.SeriesFixtures.day;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.anomaly.BaselineSettings.Deviations;

class AnomalyDetectorTest {
  private static final BaselineSettings BAND =
      BaselineSettings.DEFAULTS.withModel(Seasonality.NONE, Method.BAND);

  /** Both directions, 0 judged like any value, and the given minimum change. */
  private static Deviations minChange(double absolute, double percent) {
    return new Deviations(Direction.BOTH, absolute, percent, false);
  }

  private static AnomalyVerdict judge(BaselineSettings s, Series history, int at, double value) {
    return new AnomalyDetector(s).judge("row_count", history, Observation.of(day(at), value));
  }

  @Test
  void bandIsMeanPlusMinusWidenedSensitivityTimesStddev() {
    // 30 values alternating 990/1010: mean 1000, sample stddev 10 * sqrt(30/29).
    Series h = daily(alternating(1000, 10, 30));
    double sd = 10 * Math.sqrt(30.0 / 29);
    AnomalyVerdict v = judge(BAND, h, 30, 1000);
    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.expected()).isCloseTo(1000, within(1e-9));
    assertThat(v.model()).isEqualTo("band");
    assertThat(v.trainingSize()).isEqualTo(30);
    double warnHalf = v.warnUpper() - 1000;
    // Student-t with 29 dof at the 3σ tail, times sqrt(1 + 1/30): 3.0 < 3.4 < 3.6.
    assertThat(warnHalf / sd).isBetween(3.3, 3.6);
    assertThat(v.failUpper() - 1000).isGreaterThan(warnHalf);
    assertThat(1000 - v.warnLower()).isCloseTo(warnHalf, within(1e-9));
  }

  @Test
  void warnAndFailBandsGiveTheirStatuses() {
    Series h = daily(alternating(1000, 10, 30));
    AnomalyVerdict ok = judge(BAND, h, 30, 1030);
    AnomalyVerdict warn = judge(BAND, h, 30, 1040);
    AnomalyVerdict fail = judge(BAND, h, 30, 1060);
    assertThat(ok.status()).isEqualTo(Status.PASS);
    assertThat(warn.status()).isEqualTo(Status.WARN);
    assertThat(fail.status()).isEqualTo(Status.FAIL);
    assertThat(fail.score()).isCloseTo(60 / (10 * Math.sqrt(30.0 / 29)), within(1e-9));
    assertThat(fail.explanation())
        .startsWith("row_count 1,060 is above the expected band")
        .contains("mean 1,000, 4.0σ; trained on 30 loads, band)");
    assertThat(warn.explanation()).contains("3.0σ");
  }

  @Test
  void separateSensitivitiesMoveTheBands() {
    Series h = daily(alternating(1000, 10, 30));
    BaselineSettings strict = BAND.withSensitivities(1, 2);
    assertThat(judge(strict, h, 30, 1015).status()).isEqualTo(Status.WARN);
    assertThat(judge(strict, h, 30, 1030).status()).isEqualTo(Status.FAIL);
    assertThat(judge(BAND, h, 30, 1015).status()).isEqualTo(Status.PASS);
  }

  @Test
  void learningUntilMinHistory() {
    AnomalyVerdict v = judge(BAND, daily(100, 101, 99, 100), 4, 5000);
    assertThat(v.status()).isEqualTo(Status.PASS);
    assertThat(v.learning()).isTrue();
    assertThat(v.explanation()).isEqualTo("learning: 4 of 7");
    assertThat(v.expected()).isNaN();
    assertThat(judge(BAND, daily(100, 101, 99, 100, 100, 101, 99), 7, 5000).status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void judgedAndFlaggedPointsAreNotTrainedOn() {
    List<Observation> obs = new ArrayList<>(daily(alternating(1000, 10, 21)).observations());
    obs.set(10, new Observation(day(10), 5000, true)); // an earlier anomaly
    obs.add(Observation.of(day(22), 5000)); // after the judged time: ignored
    AnomalyVerdict v = judge(BAND, Series.of(obs), 21, 1000);
    assertThat(v.trainingSize()).isEqualTo(20);
    assertThat(v.expected()).isCloseTo(1000, within(1e-9));
    // The same spike unflagged would have widened the band: 1100 then passes.
    obs.set(10, Observation.of(day(10), 5000));
    assertThat(judge(BAND, Series.of(obs), 21, 1100).status()).isEqualTo(Status.PASS);
    obs.set(10, new Observation(day(10), 5000, true));
    AnomalyVerdict fail = judge(BAND, Series.of(obs), 21, 1100);
    assertThat(fail.status()).isEqualTo(Status.FAIL);
    assertThat(fail.outlier()).isTrue();
  }

  @Test
  void aSustainedSmallShiftFailsOnTheRecentAverage() {
    // 25 loads at 1000 ± 10, then five at +25: no single load leaves its band (3.4σ ≈ 35)...
    double[] v = new double[29];
    double[] base = alternating(1000, 10, 25);
    System.arraycopy(base, 0, v, 0, 25);
    for (int i = 25; i < 29; i++) {
      v[i] = 1025 + (i % 2 == 0 ? 10 : -10);
    }
    AnomalyVerdict last = judge(BAND, daily(v), 29, 1025);
    // ...but their average is 2.5σ·√5 ≈ 5.5 standard errors above the earlier mean.
    assertThat(last.status()).isEqualTo(Status.FAIL);
    assertThat(last.outlier()).isFalse();
    assertThat(last.explanation())
        .contains("is within the expected band")
        .contains("but the last 5 loads average 1,025, above the band for an average of 5");
    // Without the earlier shifted loads, the same value passes.
    assertThat(judge(BAND, daily(alternating(1000, 10, 29)), 29, 1025).status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void windowAndMaxAgeLimitTraining() {
    double[] v = new double[50];
    for (int i = 0; i < 50; i++) {
      v[i] = i < 20 ? 5000 : 1000 + (i % 2 == 0 ? 10 : -10);
    }
    AnomalyVerdict latest30 = judge(BAND, daily(v), 50, 1000);
    assertThat(latest30.trainingSize()).isEqualTo(30);
    assertThat(latest30.expected()).isCloseTo(1000, within(1e-9));
    BaselineSettings shortAge = BAND.withWindow(30, Duration.ofDays(10), 7);
    assertThat(judge(shortAge, daily(v), 50, 1000).trainingSize()).isEqualTo(10);
    // A 40-day gap: everything is older than 30 days, so the check is learning again.
    assertThat(judge(BAND, daily(v), 90, 1000).learning()).isTrue();
  }

  @Test
  void robustMethodIgnoresOutliersInTraining() {
    double[] v = alternating(1000, 10, 30);
    v[3] = 100_000; // an unflagged outlier in the history
    v[8] = -50_000;
    BaselineSettings robust = BAND.withModel(Seasonality.NONE, Method.ROBUST);
    AnomalyVerdict r = judge(robust, daily(v), 30, 1100);
    assertThat(r.model()).isEqualTo("robust");
    assertThat(r.expected()).isCloseTo(1000, within(1e-9));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.explanation()).contains("median 1,000");
    // The mean band is blown wide by the outliers and passes the same value.
    assertThat(judge(BAND, daily(v), 30, 1100).status()).isEqualTo(Status.PASS);
  }

  @Test
  void constantSeriesPassesItsValueAndDoesNotDivideByZero() {
    double[] v = new double[30];
    java.util.Arrays.fill(v, 500);
    for (Method m : Method.values()) {
      BaselineSettings s = BAND.withModel(Seasonality.NONE, m);
      AnomalyVerdict same = judge(s, daily(v), 30, 500);
      assertThat(same.status()).isEqualTo(Status.PASS);
      assertThat(same.score()).isZero();
      AnomalyVerdict other = judge(s, daily(v), 30, 501);
      assertThat(other.status()).isEqualTo(Status.FAIL);
      assertThat(other.score()).isFinite();
      // min_change tolerates small moves on a constant series.
      assertThat(judge(s.withDeviations(minChange(5, 0)), daily(v), 30, 501).status())
          .isEqualTo(Status.PASS);
      assertThat(judge(s.withDeviations(minChange(0, 1)), daily(v), 30, 504).status())
          .isEqualTo(Status.PASS);
      assertThat(judge(s.withDeviations(minChange(0, 1)), daily(v), 30, 506).status())
          .isEqualTo(Status.FAIL);
    }
    // Constant zero (a null rate that is always 0): any non-zero value is flagged, 0 is not.
    double[] zeros = new double[10];
    assertThat(judge(BAND, daily(zeros), 10, 0).status()).isEqualTo(Status.PASS);
    assertThat(judge(BAND, daily(zeros), 10, 0.01).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void minChangeWidensTheBandAndIsExplained() {
    Series h = daily(alternating(1000, 10, 30));
    AnomalyVerdict abs = judge(BAND.withDeviations(minChange(100, 0)), h, 30, 1080);
    assertThat(abs.status()).isEqualTo(Status.PASS);
    assertThat(abs.warnUpper()).isCloseTo(1100, within(1e-9));
    assertThat(abs.explanation()).contains("at least the minimum change 100");
    assertThat(judge(BAND.withDeviations(minChange(100, 0)), h, 30, 1101).status())
        .isEqualTo(Status.FAIL);
    AnomalyVerdict pct = judge(BAND.withDeviations(minChange(0, 20)), h, 30, 810);
    assertThat(pct.status()).isEqualTo(Status.PASS);
    assertThat(pct.warnLower()).isCloseTo(800, within(1e-9));
    assertThat(judge(BAND.withDeviations(minChange(0, 20)), h, 30, 790).status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void directionSpikeOrDrop() {
    Series h = daily(alternating(1000, 10, 30));
    BaselineSettings spikes = BAND.withDeviations(new Deviations(Direction.SPIKE, 0, 0, false));
    BaselineSettings drops = BAND.withDeviations(new Deviations(Direction.DROP, 0, 0, false));
    assertThat(judge(spikes, h, 30, 2000).status()).isEqualTo(Status.FAIL);
    AnomalyVerdict low = judge(spikes, h, 30, 0);
    assertThat(low.status()).isEqualTo(Status.PASS);
    assertThat(low.explanation()).contains("is below").endsWith("only spikes are watched");
    assertThat(judge(drops, h, 30, 0).status()).isEqualTo(Status.FAIL);
    assertThat(judge(drops, h, 30, 2000).status()).isEqualTo(Status.PASS);
  }

  @Test
  void failOnZeroEvenWhileLearning() {
    BaselineSettings s = BAND.withDeviations(new Deviations(Direction.BOTH, 0, 0, true));
    AnomalyVerdict v = judge(s, daily(100, 100), 2, 0);
    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.explanation()).isEqualTo("row_count is 0 and fail_on_zero is set");
    assertThat(judge(BAND, daily(100, 100), 2, 0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void nanInHistoryIsSkippedAndNanObservedIsNotJudged() {
    double[] v = alternating(1000, 10, 30);
    v[5] = Double.NaN;
    v[6] = Double.POSITIVE_INFINITY;
    AnomalyVerdict ok = judge(BAND, daily(v), 30, 1000);
    assertThat(ok.trainingSize()).isEqualTo(28);
    assertThat(ok.expected()).isCloseTo(1000, within(1e-9));
    AnomalyVerdict nan = judge(BAND, daily(v), 30, Double.NaN);
    assertThat(nan.status()).isEqualTo(Status.PASS);
    assertThat(nan.explanation()).isEqualTo("row_count has no value (NaN); not judged");
  }

  @Test
  void negativeValues() {
    Series h = daily(alternating(-500, 5, 30));
    AnomalyVerdict v = judge(BAND, h, 30, -560);
    assertThat(v.expected()).isCloseTo(-500, within(1e-9));
    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.explanation()).contains("is below").contains("mean -500");
    assertThat(judge(BAND, h, 30, -495).status()).isEqualTo(Status.PASS);
  }

  @Test
  void hugeMagnitudes() {
    Series h = daily(alternating(1e15, 1e10, 30));
    AnomalyVerdict same = judge(BAND, h, 30, 1e15 + 5e9);
    assertThat(same.status()).isEqualTo(Status.PASS);
    assertThat(same.expected()).isCloseTo(1e15, within(1.0));
    assertThat(judge(BAND, h, 30, 1e15 + 1e11).status()).isEqualTo(Status.FAIL);
    assertThat(same.explanation()).contains("1,000,000,000,000,000");
    double[] flat = new double[30];
    java.util.Arrays.fill(flat, 1e15);
    assertThat(judge(BAND, daily(flat), 30, 1e15).status()).isEqualTo(Status.PASS);
  }

  @Test
  void gapsInTimeDoNotMatterToTheBand() {
    List<Observation> obs = new ArrayList<>();
    double[] v = alternating(1000, 10, 20);
    for (int i = 0; i < v.length; i++) {
      obs.add(Observation.of(day(i < 10 ? i : i + 5), v[i])); // a five-day outage
    }
    AnomalyVerdict r = judge(BAND, Series.of(obs), 25, 1000);
    assertThat(r.trainingSize()).isEqualTo(20);
    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void smallSamplesGetAWiderBand() {
    AnomalyVerdict seven = judge(BAND, daily(alternating(1000, 10, 8)), 8, 1000);
    AnomalyVerdict thirty = judge(BAND, daily(alternating(1000, 10, 30)), 30, 1000);
    double sd8 = 10 * Math.sqrt(8.0 / 7);
    double sd30 = 10 * Math.sqrt(30.0 / 29);
    assertThat((seven.warnUpper() - 1000) / sd8).isGreaterThan((thirty.warnUpper() - 1000) / sd30);
  }
}
