package org.pactum.alerts.core;

/** A refusal the API maps to a 4xx. */
public final class AlertsException extends RuntimeException {
  public enum Reason {
    UNKNOWN_INCIDENT,
    INCIDENT_NOT_OPEN,
    UNKNOWN_SILENCE,
    INVALID_FIELD
  }

  private final Reason reason;

  public AlertsException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public static AlertsException invalid(String message) {
    return new AlertsException(Reason.INVALID_FIELD, message);
  }
}
