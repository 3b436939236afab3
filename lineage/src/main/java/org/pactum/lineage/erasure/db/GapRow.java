package org.pactum.lineage.erasure.db;

import java.util.UUID;

/** A row of {@code privacy.erasure_gap}. */
public record GapRow(
    UUID requestId,
    int ordinal,
    String contractId,
    String datasource,
    String tableName,
    String columnName,
    String reason) {}
