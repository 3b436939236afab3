package org.pactum.alerts.db;

import java.time.Instant;

/** A row of {@code alerts.silence}. */
public record SilenceRow(
    long id,
    String contract,
    String checkName,
    String team,
    String[] severities,
    String dataset,
    String[] tags,
    Instant startsAt,
    Instant endsAt,
    String createdBy,
    String comment,
    Instant createdAt) {}
