package org.pactum.checks.db;

import java.time.OffsetDateTime;

/** A row of {@code checks.check_run} as listings read it; {@code scopeParams} is JSON text. */
public record StoredRunRow(
    String runId,
    String contractId,
    int contractVersion,
    String contractSemver,
    String dataset,
    String datasource,
    String trigger,
    String loadId,
    String scopeParams,
    String status,
    OffsetDateTime queuedAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String error) {}
