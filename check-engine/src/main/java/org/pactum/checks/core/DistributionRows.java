package org.pactum.checks.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.contracts.model.DriftCheck;

/** Reads the rows of a drift check's separate histogram or frequency statement. */
final class DistributionRows {
  private DistributionRows() {}

  /** A numeric drift check's histogram from its {@code lo, hi, bin, n} rows. */
  static Histogram histogram(List<Map<String, Object>> rows, ResolvedCheck rc) {
    int n = ((DriftCheck) rc.check()).bins();
    if (rows.isEmpty()) {
      return new Histogram(Histogram.equalWidthEdges(0, 0, 1), List.of(0L));
    }
    double lo = ((Number) rows.get(0).get("lo")).doubleValue();
    double hi = ((Number) rows.get(0).get("hi")).doubleValue();
    if (lo == hi) {
      long count = ((Number) rows.get(0).get("n")).longValue();
      return new Histogram(List.of(lo, hi), List.of(count));
    }
    long[] counts = new long[n];
    for (Map<String, Object> row : rows) {
      counts[((Number) row.get("bin")).intValue()] += ((Number) row.get("n")).longValue();
    }
    List<Long> list = new ArrayList<>();
    for (long c : counts) {
      list.add(c);
    }
    return new Histogram(Histogram.equalWidthEdges(lo, hi, n), list);
  }

  /**
   * A categorical drift check's value counts from its {@code v, n, total, distinct_values} rows.
   */
  static Frequencies frequencies(List<Map<String, Object>> rows) {
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
