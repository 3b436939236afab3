package org.pactum.bench.anomaly;

/** Flags the loads of a series, one at a time, seeing only the past (and the current load). */
interface SeriesDetector {
  String name();

  /**
   * Alarm level per load (0 none, 1 warning, 2 failure); loads before {@code from} are history only
   * and their levels are not scored.
   */
  int[] run(LabelledSeries s, int from);
}
