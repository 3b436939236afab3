package org.pactum.bench.anomaly;

/** Event-level detection counts and false alarms on normal loads. */
final class Tally {
  int truePositives;
  int falseNegatives;
  int falsePositives;
  int normalLoads;

  /**
   * Scores one series: an event counts once, detected if any of its loads is flagged; a flag on a
   * NORMAL load is a false alarm; IGNORE loads count for neither. A load is flagged when its alarm
   * level is at least {@code minLevel} (1 warning, 2 failure). Loads before {@code from} are not
   * scored.
   */
  void add(LabelledSeries s, int[] levels, int minLevel, int from) {
    boolean[] flags = new boolean[levels.length];
    for (int t = 0; t < levels.length; t++) {
      flags[t] = levels[t] >= minLevel;
    }
    boolean[] detected = new boolean[s.events()];
    boolean[] present = new boolean[s.events()];
    for (int t = from; t < s.size(); t++) {
      switch (s.labels()[t]) {
        case NORMAL -> {
          normalLoads++;
          if (flags[t]) {
            falsePositives++;
          }
        }
        case ANOMALY -> {
          present[s.event()[t]] = true;
          detected[s.event()[t]] |= flags[t];
        }
        case IGNORE -> {}
      }
    }
    for (int e = 0; e < detected.length; e++) {
      if (present[e]) {
        if (detected[e]) {
          truePositives++;
        } else {
          falseNegatives++;
        }
      }
    }
  }

  void add(Tally o) {
    truePositives += o.truePositives;
    falseNegatives += o.falseNegatives;
    falsePositives += o.falsePositives;
    normalLoads += o.normalLoads;
  }

  double precision() {
    int flagged = truePositives + falsePositives;
    return flagged == 0 ? 1 : (double) truePositives / flagged;
  }

  double recall() {
    int events = truePositives + falseNegatives;
    return events == 0 ? 1 : (double) truePositives / events;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double falseAlarmsPer100() {
    return normalLoads == 0 ? 0 : 100.0 * falsePositives / normalLoads;
  }
}
