package org.pactum.alerts.core;

import java.time.Instant;

/** One recorded state change (or a notable non-change, e.g. a reminder) of an incident. */
public record Transition(
    IncidentState from, IncidentState to, String reason, String runId, Instant at) {}
