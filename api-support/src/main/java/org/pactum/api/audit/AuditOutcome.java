package org.pactum.api.audit;

/** What became of a write: the API did it (a 2xx or 3xx), or refused it (a 4xx or 5xx). */
public enum AuditOutcome {
  ACCEPTED,
  REFUSED;

  public static AuditOutcome of(int status) {
    return status < 400 ? ACCEPTED : REFUSED;
  }
}
