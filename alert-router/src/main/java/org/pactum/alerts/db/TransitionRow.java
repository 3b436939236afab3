package org.pactum.alerts.db;

import java.time.Instant;

/** A row of {@code alerts.incident_transition}. */
public record TransitionRow(
    long id,
    long incidentId,
    String fromState,
    String toState,
    String reason,
    String runId,
    Instant at) {}
