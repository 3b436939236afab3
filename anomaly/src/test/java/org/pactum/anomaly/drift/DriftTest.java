package org.pactum.anomaly.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pactum.anomaly.Status;

class DriftTest {
  private static double[] normal(long seed, int n, double mean, double sd) {
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = mean + sd * r.nextGaussian();
    }
    return v;
  }

  @Test
  void quantileBinsFromASampleHoldEqualShares() {
    double[] v = new double[100];
    for (int i = 0; i < 100; i++) {
      v[i] = i; // 0..99
    }
    double[] edges = QuantileBins.fromSample(v, 4);
    assertThat(edges).containsExactly(0, 24.75, 49.5, 74.25, 99);
    assertThat(QuantileBins.count(edges, v)).containsExactly(25, 25, 25, 25);
    // Values outside the reference range land in the open end bins; NaN is not counted.
    assertThat(QuantileBins.count(edges, new double[] {-5, 1000, Double.NaN}))
        .containsExactly(1, 0, 0, 1);
  }

  @Test
  void quantileBinsMergeRepeatedValues() {
    double[] v = {1, 1, 1, 1, 1, 1, 1, 1, 2, 3};
    double[] edges = QuantileBins.fromSample(v, 5);
    assertThat(edges).isSorted().doesNotHaveDuplicates();
    assertThat(edges.length).isLessThan(6);
    double[] constant = QuantileBins.fromSample(new double[] {7, 7, 7}, 10);
    assertThat(constant).hasSize(2);
    assertThat(constant[0]).isEqualTo(7);
  }

  @Test
  void quantileBinsFromAHistogram() {
    // Uniform over [0, 100] as 10 equal-width bins of 10 each: quartiles at 25, 50, 75.
    double[] edges = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    long[] counts = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
    assertThat(QuantileBins.fromHistogram(edges, counts, 4)).containsExactly(0, 25, 50, 75, 100);
    assertThatThrownBy(() -> QuantileBins.fromHistogram(edges, new long[10], 4))
        .hasMessageContaining("empty");
  }

  @Test
  void psiOnIdenticalShiftedAndDisjointDistributions() {
    double[] ref = normal(1, 5000, 100, 10);
    double[] edges = QuantileBins.fromSample(ref, 10);
    long[] refCounts = QuantileBins.count(edges, ref);
    long[] same = QuantileBins.count(edges, normal(2, 5000, 100, 10));
    long[] shifted = QuantileBins.count(edges, normal(3, 5000, 105, 10));
    long[] disjoint = QuantileBins.count(edges, normal(4, 5000, 1000, 10));
    assertThat(BinnedDrift.psi(refCounts, refCounts)).isCloseTo(0, within(1e-12));
    DriftResult s = BinnedDrift.judgePsi(refCounts, same, DriftThresholds.PSI_DEFAULTS);
    assertThat(s.status()).isEqualTo(Status.PASS);
    assertThat(s.statistic()).isLessThan(0.02);
    // Half a standard deviation: PSI ≈ 0.25 (normal theory: δ² ≈ 0.25).
    DriftResult sh = BinnedDrift.judgePsi(refCounts, shifted, DriftThresholds.PSI_DEFAULTS);
    assertThat(sh.statistic()).isBetween(0.18, 0.35);
    assertThat(sh.status()).isNotEqualTo(Status.PASS);
    DriftResult d = BinnedDrift.judgePsi(refCounts, disjoint, DriftThresholds.PSI_DEFAULTS);
    assertThat(d.status()).isEqualTo(Status.FAIL);
    assertThat(d.statistic()).isFinite().isGreaterThan(5);
    assertThat(d.explanation()).startsWith("PSI ").contains("drifted");
  }

  @Test
  void psiSmoothsEmptyBinsAndRejectsMismatchedBins() {
    assertThat(BinnedDrift.psi(new long[] {10, 0}, new long[] {0, 10})).isFinite();
    assertThat(BinnedDrift.psi(new long[] {0, 0}, new long[] {0, 0})).isZero();
    assertThatThrownBy(() -> BinnedDrift.psi(new long[] {1, 2}, new long[] {1}))
        .hasMessageContaining("bins");
  }

  @Test
  void binnedKsIsTheLargestGapOfTheCumulativeShares() {
    assertThat(BinnedDrift.ksDistance(new long[] {5, 5}, new long[] {50, 50})).isZero();
    assertThat(BinnedDrift.ksDistance(new long[] {10, 0, 0}, new long[] {0, 0, 10})).isEqualTo(1);
    assertThat(BinnedDrift.ksDistance(new long[] {50, 50}, new long[] {80, 20}))
        .isCloseTo(0.3, within(1e-12));
    assertThat(
            BinnedDrift.judgeKs(
                    new long[] {50, 50}, new long[] {80, 20}, new DriftThresholds(0.1, 0.2))
                .status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void categoricalJsAndChangedCategories() {
    Map<String, Long> a = Map.of("x", 5L, "y", 5L);
    assertThat(CategoricalDrift.jsDistance(a, a)).isCloseTo(0, within(1e-12));
    assertThat(CategoricalDrift.jsDistance(a, Map.of("z", 3L))).isCloseTo(1, within(0.01));
    assertThat(CategoricalDrift.changedCategories(a, Map.of("y", 1L, "z", 3L)))
        .containsExactly(java.util.List.of("z"), java.util.List.of("x"));
  }

  @Test
  void jsDistanceIsZeroForIdenticalAndOneForDisjoint() {
    assertThat(BinnedDrift.jsDistance(new long[] {5, 5}, new long[] {50, 50}))
        .isCloseTo(0, within(1e-12));
    assertThat(BinnedDrift.jsDistance(new long[] {10, 0}, new long[] {0, 10}))
        .isCloseTo(1, within(0.01));
  }

  @Test
  void ksOnIdenticalShiftedAndDisjointSamples() {
    DriftThresholds t = new DriftThresholds(0.1, 0.2);
    double[] ref = normal(1, 1000, 0, 1);
    DriftResult same = KsDrift.judge(ref, normal(2, 1000, 0, 1), t);
    assertThat(same.status()).isEqualTo(Status.PASS);
    assertThat(same.pValue()).isGreaterThan(0.01);
    DriftResult shifted = KsDrift.judge(ref, normal(3, 1000, 0.5, 1), t);
    assertThat(shifted.statistic()).isBetween(0.15, 0.25);
    assertThat(shifted.pValue()).isLessThan(1e-6);
    assertThat(shifted.status()).isNotEqualTo(Status.PASS);
    DriftResult disjoint = KsDrift.judge(ref, normal(4, 1000, 100, 1), t);
    assertThat(disjoint.statistic()).isEqualTo(1.0);
    assertThat(disjoint.status()).isEqualTo(Status.FAIL);
    DriftResult tooFew = KsDrift.judge(new double[] {1}, ref, t);
    assertThat(tooFew.status()).isEqualTo(Status.PASS);
    assertThat(tooFew.explanation()).contains("need at least 2 values");
  }

  @Test
  void chiSquareReportsNewAndVanishedCategories() {
    DriftThresholds t = new DriftThresholds(0.1, 0.2);
    Map<String, Long> ref = new LinkedHashMap<>();
    ref.put("web", 600L);
    ref.put("mobile", 300L);
    ref.put("fax", 100L);
    DriftResult same = CategoricalDrift.judgeChiSquare(ref, ref, t);
    assertThat(same.statistic()).isCloseTo(0, within(1e-12));
    assertThat(same.status()).isEqualTo(Status.PASS);
    assertThat(same.newCategories()).isEmpty();

    Map<String, Long> cur = new LinkedHashMap<>();
    cur.put("web", 500L);
    cur.put("mobile", 400L);
    cur.put("kiosk", 100L);
    DriftResult changed = CategoricalDrift.judgeChiSquare(ref, cur, t);
    assertThat(changed.newCategories()).containsExactly("kiosk");
    assertThat(changed.vanishedCategories()).containsExactly("fax");
    assertThat(changed.status()).isEqualTo(Status.FAIL);
    assertThat(changed.pValue()).isLessThan(1e-10);
    assertThat(changed.explanation()).contains("new: kiosk").contains("vanished: fax");

    Map<String, Long> disjoint = Map.of("x", 10L, "y", 10L);
    DriftResult d = CategoricalDrift.judgeChiSquare(ref, disjoint, t);
    assertThat(d.statistic()).isCloseTo(1, within(1e-9));
    assertThat(d.vanishedCategories()).containsExactly("fax", "mobile", "web");
    assertThat(CategoricalDrift.psi(ref, ref)).isCloseTo(0, within(1e-12));
    assertThat(CategoricalDrift.psi(ref, cur)).isGreaterThan(0.25);
  }

  @Test
  void chiSquareOnOneCategoryOrAnEmptySideDoesNotThrow() {
    DriftThresholds t = new DriftThresholds(0.1, 0.2);
    assertThat(CategoricalDrift.judgeChiSquare(Map.of("a", 5L), Map.of("a", 9L), t).status())
        .isEqualTo(Status.PASS);
    assertThat(CategoricalDrift.judgeChiSquare(Map.of("a", 5L), Map.of(), t).statistic()).isZero();
  }

  @Test
  void thresholdsJudgeTheStatistic() {
    DriftThresholds t = DriftThresholds.PSI_DEFAULTS;
    assertThat(t.judge(0.05)).isEqualTo(Status.PASS);
    assertThat(t.judge(0.15)).isEqualTo(Status.WARN);
    assertThat(t.judge(0.3)).isEqualTo(Status.FAIL);
    assertThat(new DriftThresholds(Double.NaN, 0.2).judge(0.15)).isEqualTo(Status.PASS);
    assertThatThrownBy(() -> new DriftThresholds(0.3, 0.2)).hasMessageContaining("must not exceed");
  }

  @Test
  void binnedJudgementSaysWhatTheBinsAre() {
    long[] ref = {10, 10, 10};
    long[] cur = {2, 8, 20};
    DriftResult r =
        BinnedDrift.judge(
            "psi", ref, cur, DriftThresholds.PSI_DEFAULTS, "3 quantile bins of run R");
    assertThat(r.statistic()).isEqualTo(BinnedDrift.psi(ref, cur));
    assertThat(r.explanation())
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT,
                "PSI %.4f over 3 quantile bins of run R (drifted; warn 0.1, fail 0.25)",
                r.statistic()));
    assertThat(BinnedDrift.judge("js", ref, ref, DriftThresholds.PSI_DEFAULTS, "3 bins").status())
        .isEqualTo(Status.PASS);
    assertThat(BinnedDrift.judgeJs(ref, cur, DriftThresholds.PSI_DEFAULTS).explanation())
        .contains("over 3 bins (");
    assertThatThrownBy(() -> BinnedDrift.judge("chi_squared", ref, cur, null, "3 bins"))
        .hasMessageContaining("not a binned drift method");
  }
}
