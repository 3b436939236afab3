package org.pactum.anomaly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A metric's history, oldest first (the constructor sorts by time). */
public record Series(List<Observation> observations) {
  public Series {
    List<Observation> sorted = new ArrayList<>(observations);
    sorted.sort(Comparator.comparing(Observation::at));
    observations = List.copyOf(sorted);
  }

  public static Series of(List<Observation> observations) {
    return new Series(observations);
  }

  public static Series empty() {
    return new Series(List.of());
  }

  public int size() {
    return observations.size();
  }
}
