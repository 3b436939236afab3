package org.pactum.bench;

import java.util.List;

/**
 * What checking records against their contract costs a producer: {@code PactumAvroSerializer}'s
 * records/s against a plain Avro serializer's writing the same wire format, measured in the same
 * rounds of one run.
 *
 * @param plainPerSecond the plain serializer's records/s, one value per round
 * @param pactumPerSecond Pactum's records/s, one value per round (paired with the above)
 */
record SerializerCost(List<Double> plainPerSecond, List<Double> pactumPerSecond) {
  /** The goal: at least this share of the plain serializer's throughput. */
  static final double TARGET = 0.80;

  SerializerCost {
    if (plainPerSecond.isEmpty() || plainPerSecond.size() != pactumPerSecond.size()) {
      throw new IllegalArgumentException(
          "one plain and one Pactum figure per round, at least one round");
    }
    plainPerSecond = List.copyOf(plainPerSecond);
    pactumPerSecond = List.copyOf(pactumPerSecond);
  }

  /** Mean Pactum throughput / mean plain throughput. */
  double ratio() {
    return mean(pactumPerSecond) / mean(plainPerSecond);
  }

  /** Each round's own ratio, Pactum / plain. */
  double[] perRound() {
    double[] r = new double[plainPerSecond.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = pactumPerSecond.get(i) / plainPerSecond.get(i);
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
