package org.pactum.checks.db;

import java.time.OffsetDateTime;

/** A row of {@code checks.baseline_reset}. */
public record BaselineResetRow(
    String dataset,
    String metric,
    String columnName,
    String reason,
    String approvedBy,
    OffsetDateTime approvedAt,
    String fromRun,
    OffsetDateTime startsAt) {}
