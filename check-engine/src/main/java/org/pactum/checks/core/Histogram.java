package org.pactum.checks.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A binned distribution of a numeric (or temporal, as epoch seconds) column. {@code edges} has one
 * more element than {@code counts}; the first bin is open below and the last open above, so values
 * outside a reference's range still land in a bin: bin 0 is {@code x < edges[1]}, bin {@code i} is
 * {@code edges[i] <= x < edges[i+1]}, the last bin is {@code x >= edges[n-1]}. NaN and ±Infinity
 * are not counted.
 *
 * @param binning how the edges were chosen: quantiles of a reference run, or (history stored before
 *     quantile bins) equal widths over its {@code [min, max]}
 * @param requestedBins the {@code bins} the check asked for; quantile bins hold fewer when values
 *     tie (a column with 3 distinct values has at most 3 bins)
 * @param edgesRun the run whose quantiles the edges are, or null when unknown
 */
public record Histogram(
    List<Double> edges, List<Long> counts, Binning binning, int requestedBins, String edgesRun) {

  /** How a histogram's edges were chosen. */
  public enum Binning {
    EQUAL_WIDTH,
    QUANTILE
  }

  public Histogram {
    edges = List.copyOf(edges);
    counts = List.copyOf(counts);
    if (edges.size() != counts.size() + 1 || counts.isEmpty()) {
      throw new IllegalArgumentException("a histogram has n >= 1 bins and n + 1 edges");
    }
    if (binning == null) {
      throw new IllegalArgumentException("binning is required");
    }
  }

  /** Equal-width bins (history stored before quantile bins): exactly as many as the check asked. */
  public Histogram(List<Double> edges, List<Long> counts) {
    this(edges, counts, Binning.EQUAL_WIDTH, counts.size(), null);
  }

  /** Bins at the quantiles of run {@code edgesRun}, of a check asking for {@code requestedBins}. */
  public static Histogram quantiles(
      List<Double> edges, List<Long> counts, int requestedBins, String edgesRun) {
    return new Histogram(edges, counts, Binning.QUANTILE, requestedBins, edgesRun);
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

  /** The same bins with another run's counts. */
  public Histogram withCounts(List<Long> newCounts) {
    return new Histogram(edges, newCounts, binning, requestedBins, edgesRun);
  }

  public int binCount() {
    return counts.size();
  }

  public long total() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The stored form: {@code edges} and {@code counts} as always; quantile bins add {@code binning},
   * the requested {@code bins} and the {@code edges_run}.
   */
  public Map<String, Object> toDetail() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("edges", edges);
    d.put("counts", counts);
    if (binning == Binning.QUANTILE) {
      d.put("binning", "quantile");
      d.put("bins", requestedBins);
      if (edgesRun != null) {
        d.put("edges_run", edgesRun);
      }
    }
    return d;
  }

  /**
   * The histogram stored in a metric's detail ({@link #toDetail()}; history stored before quantile
   * bins holds equal-width edges only), or empty when the detail holds none.
   */
  public static Optional<Histogram> fromDetail(Map<String, Object> detail) {
    if (!(detail.get("edges") instanceof List<?> edges)
        || !(detail.get("counts") instanceof List<?> counts)) {
      return Optional.empty();
    }
    try {
      List<Double> e = edges.stream().map(x -> ((Number) x).doubleValue()).toList();
      List<Long> n = counts.stream().map(c -> ((Number) c).longValue()).toList();
      if ("quantile".equals(detail.get("binning")) && detail.get("bins") instanceof Number bins) {
        String run = detail.get("edges_run") instanceof String r ? r : null;
        return Optional.of(quantiles(e, n, bins.intValue(), run));
      }
      // equal-width bins, stored before quantile bins: just edges
      return Optional.of(new Histogram(e, n));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
