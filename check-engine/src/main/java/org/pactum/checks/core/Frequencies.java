package org.pactum.checks.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A categorical distribution: non-null values as text and their counts, most frequent first.
 *
 * @param counts value → count, at most the engine's {@code maxCategories} entries
 * @param total non-null values counted, including those beyond the kept categories
 * @param distinct how many distinct values there were
 */
public record Frequencies(Map<String, Long> counts, long total, long distinct) {
  public Frequencies {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
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

  /** The frequency table stored in a metric's detail ({@link #toDetail()}), or empty. */
  public static Optional<Frequencies> fromDetail(Map<String, Object> detail) {
    if (!(detail.get("counts") instanceof Map<?, ?> counts)
        || !(detail.get("total") instanceof Number total)) {
      return Optional.empty();
    }
    Map<String, Long> values = new LinkedHashMap<>();
    counts.forEach((k, v) -> values.put(String.valueOf(k), ((Number) v).longValue()));
    long distinct =
        detail.get("distinct") instanceof Number d ? d.longValue() : (long) values.size();
    return Optional.of(new Frequencies(values, total.longValue(), distinct));
  }
}
