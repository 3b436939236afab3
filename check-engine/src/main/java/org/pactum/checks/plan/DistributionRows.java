package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.checks.core.Frequencies;
import org.pactum.checks.core.Histogram;
import org.pactum.contracts.model.DriftCheck;

/** Reads the rows of a drift check's separate histogram or frequency statement. */
public final class DistributionRows {
  private DistributionRows() {}

  /**
   * A numeric drift check's reference histogram from the {@code lo, hi, bin, edge, n} rows of its
   * quantile statement, one per non-empty bin in bin order: the edges are each bin's lower edge
   * ({@code lo} for the first) and then {@code hi}. A bin missing from the rows merges into the one
   * below (the same counts either way). No rows (no values in scope): one empty bin, not reused.
   *
   * @param runId the run measuring it, whose quantiles the edges are
   */
  public static Histogram histogram(
      List<Map<String, Object>> rows, ResolvedCheck rc, String runId) {
    if (rows.isEmpty()) {
      return new Histogram(Histogram.equalWidthEdges(0, 0, 1), List.of(0L));
    }
    List<Double> edges = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      edges.add(((Number) row.get("edge")).doubleValue());
      counts.add(((Number) row.get("n")).longValue());
    }
    edges.add(((Number) rows.get(0).get("hi")).doubleValue());
    return Histogram.quantiles(edges, counts, ((DriftCheck) rc.check()).bins(), runId);
  }

  /**
   * A categorical drift check's value counts from its {@code v, n, total, distinct_values} rows.
   */
  public static Frequencies frequencies(List<Map<String, Object>> rows) {
    Map<String, Long> counts = new LinkedHashMap<>();
    long total = 0;
    long distinct = 0;
    for (Map<String, Object> row : rows) {
      counts.put(String.valueOf(row.get("v")), ((Number) row.get("n")).longValue());
      total = ((Number) row.get("total")).longValue();
      distinct = ((Number) row.get("distinct_values")).longValue();
    }
    return new Frequencies(counts, total, distinct);
  }
}
