package org.pactum.bench;

import java.util.List;

/**
 * What authentication costs {@code GET /schemas/ids/{id}}: the throughput with it on (one way of
 * sending the token) against the throughput with it off, measured in the same rounds of one run.
 *
 * @param name how the token was sent (Bearer, Basic)
 * @param offPerSecond req/s without authentication, one value per round
 * @param onPerSecond req/s with authentication, one value per round (paired with the above)
 */
record AuthCost(String name, List<Double> offPerSecond, List<Double> onPerSecond) {
  /** The goal: with authentication on, at least this share of the throughput without. */
  static final double TARGET = 0.90;

  AuthCost {
    if (offPerSecond.isEmpty() || offPerSecond.size() != onPerSecond.size()) {
      throw new IllegalArgumentException("one off and one on figure per round, at least one round");
    }
    offPerSecond = List.copyOf(offPerSecond);
    onPerSecond = List.copyOf(onPerSecond);
  }

  /** Mean throughput on / mean throughput off. */
  double ratio() {
    return mean(onPerSecond) / mean(offPerSecond);
  }

  /** Each round's own ratio, on / off. */
  double[] perRound() {
    double[] r = new double[offPerSecond.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = onPerSecond.get(i) / offPerSecond.get(i);
    }
    return r;
  }

  boolean met() {
    return ratio() >= TARGET;
  }

  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
