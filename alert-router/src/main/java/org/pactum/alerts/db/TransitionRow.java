package org.pactum.alerts.db;

import java.time.Instant;
import org.pactum.alerts.core.IncidentState;
import org.pactum.alerts.core.Transition;

/** A row of {@code alerts.incident_transition}. */
public record TransitionRow(
    long id,
    long incidentId,
    String fromState,
    String toState,
    String reason,
    String runId,
    Instant at) {
  Transition toTransition() {
    return new Transition(
        IncidentState.valueOf(fromState), IncidentState.valueOf(toState), reason, runId, at);
  }
}
