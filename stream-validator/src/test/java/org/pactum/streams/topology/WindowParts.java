package org.pactum.streams.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.topology.OrderTraffic.Sent;

/**
 * What each task (one input partition) should count of each window: a closed window is the sum of
 * its tasks' parts. A part is counted whole or, when it reaches the totals after a later window's
 * part closed them, dropped as late ({@code ValidationTopology}); exactly once means it is never
 * counted twice, nor in part.
 */
final class WindowParts {
  private final Map<Long, Map<Integer, WindowLine>> parts;

  private WindowParts(Map<Long, Map<Integer, WindowLine>> parts) {
    this.parts = parts;
  }

  /** The parts of {@code sent}, each record in the partition it was written to. */
  static WindowParts of(List<Sent> sent, Map<String, Integer> partitionOfKey, WindowSize size) {
    Map<Long, Map<Integer, long[]>> counts = new TreeMap<>();
    for (Sent s : sent) {
      Integer partition = partitionOfKey.get(s.key());
      if (partition == null) {
        throw new IllegalArgumentException("no partition known for " + s.key());
      }
      long[] c =
          counts
              .computeIfAbsent(size.startOf(s.timestamp()), k -> new TreeMap<>())
              .computeIfAbsent(partition, k -> new long[3]);
      c[0]++;
      c[s.valid() ? 1 : 2]++;
    }
    Map<Long, Map<Integer, WindowLine>> parts = new TreeMap<>();
    counts.forEach(
        (start, byPartition) -> {
          Map<Integer, WindowLine> lines = new TreeMap<>();
          byPartition.forEach(
              (p, c) ->
                  lines.put(
                      p, new WindowLine(start, start + size.size().toMillis(), c[0], c[1], c[2])));
          parts.put(start, lines);
        });
    return new WindowParts(parts);
  }

  /**
   * The partitions whose parts add up to {@code closed}; empty when no set of whole parts does (a
   * record counted twice, or part of a part lost).
   */
  Optional<Set<Integer>> counted(WindowLine closed) {
    Map<Integer, WindowLine> of = parts.getOrDefault(closed.start(), Map.of());
    List<Integer> partitions = new ArrayList<>(of.keySet());
    for (int subset = (1 << partitions.size()) - 1; subset >= 0; subset--) {
      long records = 0;
      long passed = 0;
      long dead = 0;
      Set<Integer> chosen = new TreeSet<>();
      for (int i = 0; i < partitions.size(); i++) {
        if ((subset & (1 << i)) != 0) {
          WindowLine part = of.get(partitions.get(i));
          records += part.records();
          passed += part.passed();
          dead += part.deadLettered();
          chosen.add(partitions.get(i));
        }
      }
      if (records == closed.records()
          && passed == closed.passed()
          && dead == closed.deadLettered()) {
        return Optional.of(chosen);
      }
    }
    return Optional.empty();
  }

  /** The parts of the window starting at {@code start}, by partition. */
  Map<Integer, WindowLine> of(long start) {
    return parts.getOrDefault(start, Map.of());
  }
}
