package org.pactum.anomaly.drift;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.pactum.anomaly.Status;

/**
 * Two-sample Kolmogorov–Smirnov on samples of the reference and current values (Commons Math): the
 * thresholds apply to D, the largest gap between the two empirical distribution functions, in [0,
 * 1]; the p-value is reported alongside. NaN and infinities are dropped.
 */
public final class KsDrift {
  private KsDrift() {}

  public static DriftResult judge(double[] reference, double[] current, DriftThresholds t) {
    double[] a = Arrays.stream(reference).filter(Double::isFinite).toArray();
    double[] b = Arrays.stream(current).filter(Double::isFinite).toArray();
    if (a.length < 2 || b.length < 2) {
      return new DriftResult(
          "ks",
          Double.NaN,
          Double.NaN,
          Status.PASS,
          List.of(),
          List.of(),
          "KS not computed: need at least 2 values on each side (reference "
              + a.length
              + ", current "
              + b.length
              + ")");
    }
    KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
    double d = ks.kolmogorovSmirnovStatistic(a, b);
    // Commons Math computes an exact p-value for small samples and an asymptotic one otherwise.
    double p = ks.kolmogorovSmirnovTest(a, b);
    Status status = t.judge(d);
    return new DriftResult(
        "ks",
        d,
        p,
        status,
        List.of(),
        List.of(),
        String.format(
            Locale.ROOT,
            "KS D %.4f (p %.3g) between %d reference and %d current values (%s; warn %s, fail %s)",
            d,
            p,
            a.length,
            b.length,
            status == Status.PASS ? "no drift beyond the thresholds" : "drifted",
            t.warn(),
            t.fail()));
  }
}
