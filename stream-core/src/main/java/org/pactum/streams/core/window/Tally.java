package org.pactum.streams.core.window;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of one window (or of part of one: a task's share of it), by counter. Tallies add up, so a
 * window's tally is the sum of its parts whatever instance or partition counted them.
 *
 * @param counts each counter's count; counters never counted are absent (read as 0)
 */
public record Tally(Map<Counter, Long> counts) {
  public static final Tally EMPTY = new Tally(Map.of());

  public Tally {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  public long get(Counter counter) {
    return counts.getOrDefault(counter, 0L);
  }

  /** This tally and another, added counter by counter. */
  public Tally plus(Tally other) {
    Map<Counter, Long> sum = new LinkedHashMap<>(counts);
    other.counts.forEach((k, v) -> sum.merge(k, v, Long::sum));
    return new Tally(sum);
  }
}
