package org.pactum.anomaly;

/** The outcome of a judgement; the check engine maps it onto its own status. */
public enum Status {
  PASS,
  WARN,
  FAIL
}
