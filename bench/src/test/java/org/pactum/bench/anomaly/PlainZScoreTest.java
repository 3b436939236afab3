package org.pactum.bench.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainZScoreTest {
  private static final int N = PlainZScore.WINDOW;

  @Test
  void theBoundIsThirteenOverRootFourteen() {
    assertThat(N).isEqualTo(14);
    assertThat(PlainZScore.MAX_ABS_Z).isCloseTo(13 / Math.sqrt(14), within(1e-12));
    assertThat(PlainZScore.MAX_ABS_Z).isCloseTo(3.474, within(0.001));
    assertThat(PlainZScore.MAX_ABS_Z).as("not √13 ≈ 3.61").isLessThan(Math.sqrt(13) - 0.1);
  }

  @Test
  void aLoadFarFromThirteenEqualOnesReachesTheBoundAndNoMore() {
    for (double outlier : new double[] {101, 1e3, 1e9, -1e9}) {
      double[] v = new double[N];
      Arrays.fill(v, 100);
      v[N - 1] = outlier;

      assertThat(Math.abs(PlainZScore.z(v, N - 1)))
          .as("outlier %s", outlier)
          .isCloseTo(PlainZScore.MAX_ABS_Z, within(1e-9));
    }
  }

  @Test
  void noWindowExceedsTheBound() {
    Random r = new Random(42);
    double max = 0;
    for (int i = 0; i < 20_000; i++) {
      double[] v = new double[N];
      for (int j = 0; j < N; j++) {
        // heavy tails and a few huge loads, the shapes that come closest to the bound
        v[j] = r.nextInt(4) == 0 ? r.nextGaussian() * 1e4 : r.nextGaussian();
      }
      max = Math.max(max, Math.abs(PlainZScore.z(v, N - 1)));
    }
    assertThat(max).isLessThanOrEqualTo(PlainZScore.MAX_ABS_Z + 1e-12).isGreaterThan(3);
  }

  @Test
  void zIsAgainstTheMeanAndSampleStandardDeviationOfTheFourteenLoadsEndingWithIt() {
    double[] v = new double[20];
    for (int t = 0; t < v.length; t++) {
      v[t] = t; // 0..19; the window ending at 19 is 6..19: mean 12.5
    }
    double sampleSd = Math.sqrt((N * N - 1) / 12.0 * N / (N - 1)); // of 14 consecutive integers

    assertThat(PlainZScore.z(v, 19)).isCloseTo((19 - 12.5) / sampleSd, within(1e-12));
    assertThat(PlainZScore.z(v, 13)).isCloseTo((13 - 6.5) / sampleSd, within(1e-12));
    assertThat(PlainZScore.z(new double[N], N - 1)).as("all equal").isZero();
    assertThatThrownBy(() -> PlainZScore.z(v, N - 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itFlagsOnlyTheLoadOutsideThreeSigmaAndNothingBeforeFrom() {
    double[] v = new double[60];
    Random r = new Random(7);
    for (int t = 0; t < v.length; t++) {
      v[t] = 1000 + r.nextGaussian();
    }
    v[20] = 5000; // before `from`: not judged
    v[45] = 5000; // far out: z ≈ 3.47 > 3
    int[] flags = new PlainZScore().run(Series.normal(v), 30);

    for (int t = 0; t < v.length; t++) {
      assertThat(flags[t]).as("load %d", t).isEqualTo(t == 45 ? 2 : 0);
    }
  }

  @Test
  void itHasNoNotionOfSeasonality() {
    // the weekly season of the scenarios, without noise, with a 5σ outlier on a Saturday (0.55)
    double[] v = new double[70];
    for (int t = 0; t < v.length; t++) {
      v[t] = Scenario.LEVEL * Scenario.WEEK[t % 7];
    }
    int saturday = 47;
    assertThat(saturday % 7).isEqualTo(5);
    v[saturday] += 5 * Scenario.NOISE;

    int[] flags = new PlainZScore().run(Series.normal(v), 28);

    assertThat(flags[saturday]).as("the season's swing hides a 5σ outlier").isZero();
    assertThat(Arrays.stream(flags).sum()).isZero();
  }
}
