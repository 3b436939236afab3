package org.pactum.lineage.erasure.db;

import java.util.UUID;

/** A row of {@code privacy.erasure_dataset}; {@code columns} is the jsonb as text. */
public record DatasetRow(
    UUID requestId,
    int ordinal,
    String contractId,
    String source,
    String datasource,
    String tableName,
    String keyColumn,
    String mode,
    String columns,
    String status,
    int attempts,
    Long rowsMatched,
    Long rowsAffected,
    Long rowsRemaining,
    String error) {}
