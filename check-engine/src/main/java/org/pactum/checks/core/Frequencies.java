package org.pactum.checks.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A categorical distribution: non-null values as text and their counts, most frequent first.
 *
 * @param counts value → count, at most the engine's {@code maxCategories} entries
 * @param total non-null values counted, including those beyond the kept categories
 * @param distinct how many distinct values there were
 */
public record Frequencies(Map<String, Long> counts, long total, long distinct) {
  public Frequencies {
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  public boolean truncated() {
    return distinct > counts.size();
  }

  public Map<String, Object> toDetail() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("counts", counts);
    d.put("total", total);
    d.put("distinct", distinct);
    return d;
  }
}
