package org.pactum.anomaly.drift;

import java.util.List;
import java.util.Locale;
import org.pactum.anomaly.Status;

/**
 * Drift between two binned distributions over the same bins: the population stability index {@code
 * Σ (a − e) ln(a / e)} over bin shares, and the Jensen–Shannon distance (base 2). Empty bins are
 * smoothed: every share is at least {@value #EPSILON} (then renormalised), so a bin empty on one
 * side gives a large but finite contribution instead of infinity.
 */
public final class BinnedDrift {
  public static final double EPSILON = 1e-4;

  private BinnedDrift() {}

  public static double psi(long[] reference, long[] current) {
    sameBins(reference, current);
    double[] e = shares(reference);
    double[] a = shares(current);
    double psi = 0;
    for (int i = 0; i < e.length; i++) {
      psi += (a[i] - e[i]) * Math.log(a[i] / e[i]);
    }
    return Math.max(0, psi);
  }

  public static double jsDistance(long[] reference, long[] current) {
    sameBins(reference, current);
    double[] p = shares(reference);
    double[] q = shares(current);
    double js = 0;
    for (int i = 0; i < p.length; i++) {
      double m = (p[i] + q[i]) / 2;
      js += p[i] * log2(p[i] / m) / 2 + q[i] * log2(q[i] / m) / 2;
    }
    return Math.sqrt(Math.max(0, Math.min(1, js)));
  }

  /**
   * The Kolmogorov–Smirnov D between two binned distributions: the largest gap between their
   * cumulative shares at the bin edges. It is a lower bound of D on the raw values (differences
   * inside a bin are not seen), exact when values only take the bins' edges.
   */
  public static double ksDistance(long[] reference, long[] current) {
    sameBins(reference, current);
    double tr = 0;
    double tc = 0;
    for (int i = 0; i < reference.length; i++) {
      tr += reference[i];
      tc += current[i];
    }
    if (tr == 0 || tc == 0) {
      return 0;
    }
    double cr = 0;
    double cc = 0;
    double d = 0;
    for (int i = 0; i < reference.length; i++) {
      cr += reference[i] / tr;
      cc += current[i] / tc;
      d = Math.max(d, Math.abs(cr - cc));
    }
    return Math.min(1, d);
  }

  public static DriftResult judgeKs(long[] reference, long[] current, DriftThresholds t) {
    return judge("ks", reference, current, t, reference.length + " bins");
  }

  /** PSI drift judged by thresholds (default {@link DriftThresholds#PSI_DEFAULTS}). */
  public static DriftResult judgePsi(long[] reference, long[] current, DriftThresholds t) {
    return judge("psi", reference, current, t, reference.length + " bins");
  }

  public static DriftResult judgeJs(long[] reference, long[] current, DriftThresholds t) {
    return judge("js", reference, current, t, reference.length + " bins");
  }

  /**
   * Drift by {@code method} ({@code psi}, {@code js} or {@code ks}) judged by thresholds, the
   * explanation saying what the bins are: "PSI 0.3100 over {@code bins} (drifted; warn 0.1, fail
   * 0.25)", e.g. with {@code bins} "10 quantile bins of run R".
   */
  public static DriftResult judge(
      String method, long[] reference, long[] current, DriftThresholds t, String bins) {
    double stat =
        switch (method) {
          case "psi" -> psi(reference, current);
          case "js" -> jsDistance(reference, current);
          case "ks" -> ksDistance(reference, current);
          default -> throw new IllegalArgumentException("not a binned drift method: " + method);
        };
    Status status = t.judge(stat);
    String text =
        String.format(
            Locale.ROOT,
            "%s %.4f over %s (%s; warn %s, fail %s)",
            method.toUpperCase(Locale.ROOT),
            stat,
            bins,
            status == Status.PASS ? "no drift beyond the thresholds" : "drifted",
            t.warn(),
            t.fail());
    return new DriftResult(method, stat, Double.NaN, status, List.of(), List.of(), text);
  }

  private static void sameBins(long[] reference, long[] current) {
    if (reference.length != current.length) {
      throw new IllegalArgumentException(
          "reference has " + reference.length + " bins, current " + current.length);
    }
  }

  static double[] shares(long[] counts) {
    if (counts.length == 0) {
      throw new IllegalArgumentException("no bins");
    }
    long total = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("negative count " + c);
      }
      total += c;
    }
    double[] s = new double[counts.length];
    double sum = 0;
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.max(EPSILON, total == 0 ? 1.0 / s.length : (double) counts[i] / total);
      sum += s[i];
    }
    for (int i = 0; i < s.length; i++) {
      s[i] /= sum;
    }
    return s;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
