package org.pactum.lineage.erasure.db;

import java.util.UUID;

/** A dataset of a completed request, with the request's subject HMAC, for the sweep. */
public record CompletedDatasetRow(
    UUID requestId,
    String subjectHmac,
    String datasource,
    String tableName,
    String keyColumn,
    String mode,
    String columns) {}
