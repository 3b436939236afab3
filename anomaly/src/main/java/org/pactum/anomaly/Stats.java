package org.pactum.anomaly;

import java.util.Arrays;
import java.util.List;

/** Small descriptive statistics over plain arrays. */
final class Stats {
  /** MAD × 1.4826 estimates a standard deviation for normal data. */
  static final double MAD_SCALE = 1.4826;

  /** Mean absolute deviation × √(π/2) estimates a standard deviation for normal data. */
  static final double MEAN_AD_SCALE = Math.sqrt(Math.PI / 2);

  private Stats() {}

  static double mean(double[] v) {
    // Kahan summation around a pivot keeps huge magnitudes (1e15) exact enough.
    if (v.length == 0) {
      return Double.NaN;
    }
    double pivot = v[0];
    double sum = 0;
    double c = 0;
    for (double x : v) {
      double y = (x - pivot) - c;
      double t = sum + y;
      c = (t - sum) - y;
      sum = t;
    }
    return pivot + sum / v.length;
  }

  /** Sample standard deviation (n − 1); 0 for fewer than two values. */
  static double stddev(double[] v) {
    if (v.length < 2) {
      return 0;
    }
    double m = mean(v);
    double ss = 0;
    for (double x : v) {
      ss += (x - m) * (x - m);
    }
    return Math.sqrt(ss / (v.length - 1));
  }

  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : s[n / 2 - 1] + (s[n / 2] - s[n / 2 - 1]) / 2;
  }

  /**
   * A robust standard deviation: MAD × 1.4826, or, when more than half the values are equal (MAD
   * 0), the mean absolute deviation from the median × √(π/2), so a mostly-constant series with a
   * few different values does not get a zero spread.
   */
  static double robustSpread(double[] v, double center) {
    double[] dev = new double[v.length];
    double sumAbs = 0;
    for (int i = 0; i < v.length; i++) {
      dev[i] = Math.abs(v[i] - center);
      sumAbs += dev[i];
    }
    double mad = median(dev);
    if (mad > 0) {
      return MAD_SCALE * mad;
    }
    return v.length == 0 ? 0 : MEAN_AD_SCALE * sumAbs / v.length;
  }

  static double[] values(List<Observation> obs) {
    double[] v = new double[obs.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = obs.get(i).value();
    }
    return v;
  }
}
