package org.pactum.checks.db;

import java.time.OffsetDateTime;

/**
 * A row of {@code checks.check_run}: a {@link org.pactum.checks.core.Run} as stored; {@code
 * scopeParams} is JSON text, {@code trigger} the trigger's wire name, {@code status} the run state.
 */
public record RunRow(
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
