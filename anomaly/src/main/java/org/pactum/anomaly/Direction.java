package org.pactum.anomaly;

/** Which deviations from the expected value count as anomalies. */
public enum Direction {
  /** Above or below the band. */
  BOTH,
  /** Only values above the band (a null rate rising). */
  SPIKE,
  /** Only values below the band (a row count dropping). */
  DROP;

  boolean watchesUp() {
    return this != DROP;
  }

  boolean watchesDown() {
    return this != SPIKE;
  }
}
