package org.pactum.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Order statistics of a benchmark's samples. */
public final class Percentiles {
  private Percentiles() {}

  /** The nearest-rank percentile (0–100) of {@code values}; 100 is the maximum. */
  public static double of(long[] values, int percentile) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** The median of {@code xs} (the mean of the two middle values for an even count). */
  public static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(Comparator.naturalOrder());
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
