package org.pactum.alerts.core;

/**
 * What a check run said. {@code ERROR} (the check could not be evaluated) is its own kind: it never
 * counts as a pass.
 */
public enum SignalStatus {
  PASS,
  WARN,
  FAIL,
  ERROR;

  public boolean failing() {
    return this != PASS;
  }
}
