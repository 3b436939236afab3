package org.pactum.alerts.core;

/** OK (no open incident) → WARNING → CRITICAL → RESOLVED. */
public enum IncidentState {
  OK,
  WARNING,
  CRITICAL,
  RESOLVED;

  public boolean open() {
    return this == WARNING || this == CRITICAL;
  }
}
