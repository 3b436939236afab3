package org.pactum.anomaly.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bin edges at the baseline's quantiles, so each bin holds about the same share of the baseline.
 * The result has n + 1 strictly increasing edges (fewer bins when values repeat: equal quantiles
 * merge); as in the check engine's histograms, the first bin is open below and the last open above.
 */
public final class QuantileBins {
  private QuantileBins() {}

  /** Edges at the 0, 1/n … 1 quantiles of a sample (NaN and infinities ignored). */
  public static double[] fromSample(double[] sample, int bins) {
    requireBins(bins);
    double[] v = Arrays.stream(sample).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      throw new IllegalArgumentException("no finite values to take quantiles of");
    }
    List<Double> edges = new ArrayList<>();
    for (int i = 0; i <= bins; i++) {
      double pos = (double) i / bins * (v.length - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(v.length - 1, lo + 1);
      add(edges, v[lo] + (v[hi] - v[lo]) * (pos - lo));
    }
    return finish(edges);
  }

  /**
   * Edges at the quantiles of a histogram (edges, counts), interpolating linearly inside a bin: for
   * when the baseline is only known as a histogram.
   */
  public static double[] fromHistogram(double[] edges, long[] counts, int bins) {
    requireBins(bins);
    if (edges.length != counts.length + 1 || counts.length == 0) {
      throw new IllegalArgumentException("a histogram has n >= 1 counts and n + 1 edges");
    }
    long total = Arrays.stream(counts).sum();
    if (total <= 0) {
      throw new IllegalArgumentException("the histogram is empty");
    }
    List<Double> out = new ArrayList<>();
    out.add(edges[0]);
    int bin = 0;
    long before = 0;
    for (int i = 1; i < bins; i++) {
      double target = (double) i / bins * total;
      while (bin < counts.length - 1 && before + counts[bin] < target) {
        before += counts[bin++];
      }
      double frac = counts[bin] == 0 ? 0 : (target - before) / counts[bin];
      add(out, edges[bin] + (edges[bin + 1] - edges[bin]) * Math.min(1, Math.max(0, frac)));
    }
    add(out, edges[edges.length - 1]);
    return finish(out);
  }

  /** Counts of values per bin under the open-ended convention (NaN and infinities ignored). */
  public static long[] count(double[] edges, double[] values) {
    long[] counts = new long[edges.length - 1];
    for (double x : values) {
      if (Double.isFinite(x)) {
        counts[binOf(edges, x)]++;
      }
    }
    return counts;
  }

  static int binOf(double[] edges, double x) {
    int n = edges.length - 1;
    int i = Arrays.binarySearch(edges, 1, n, x);
    int bin = i >= 0 ? i : -i - 2; // edges[bin] <= x < edges[bin + 1]
    return Math.max(0, Math.min(n - 1, bin));
  }

  private static void add(List<Double> edges, double e) {
    if (edges.isEmpty() || e > edges.get(edges.size() - 1)) {
      edges.add(e);
    }
  }

  private static double[] finish(List<Double> edges) {
    if (edges.size() == 1) {
      // All values equal: one bin around the value.
      double e = edges.get(0);
      return new double[] {e, e + Math.max(Math.abs(e) * 1e-9, 1e-9)};
    }
    return edges.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void requireBins(int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1, got " + bins);
    }
  }
}
