package org.pactum.checks.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A binned distribution of a numeric (or temporal, as epoch seconds) column. {@code edges} has one
 * more element than {@code counts}; the first bin is open below and the last open above, so values
 * outside a reference's range still land in a bin: bin 0 is {@code x < edges[1]}, bin {@code i} is
 * {@code edges[i] <= x < edges[i+1]}, the last bin is {@code x >= edges[n-1]}. NaN and ±Infinity
 * are not counted.
 */
public record Histogram(List<Double> edges, List<Long> counts) {
  public Histogram {
    edges = List.copyOf(edges);
    counts = List.copyOf(counts);
    if (edges.size() != counts.size() + 1 || counts.isEmpty()) {
      throw new IllegalArgumentException("a histogram has n >= 1 bins and n + 1 edges");
    }
  }

  /** Bins from given edges with unknown counts, as a baseline provides them. */
  public static Histogram bins(List<Double> edges) {
    List<Long> zeros = new ArrayList<>();
    for (int i = 0; i + 1 < edges.size(); i++) {
      zeros.add(0L);
    }
    return new Histogram(edges, zeros);
  }

  /** {@code n} equal-width bins over {@code [lo, hi]}. */
  public static List<Double> equalWidthEdges(double lo, double hi, int n) {
    List<Double> edges = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      edges.add(i == n ? hi : lo + (hi - lo) * i / n);
    }
    return edges;
  }

  public int binCount() {
    return counts.size();
  }

  public long total() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  public Map<String, Object> toDetail() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("edges", edges);
    d.put("counts", counts);
    return d;
  }
}
