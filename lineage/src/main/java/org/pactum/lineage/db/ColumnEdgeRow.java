package org.pactum.lineage.db;

import java.time.OffsetDateTime;

/** A stored column edge, its ends by column id. */
public record ColumnEdgeRow(
    long sourceId,
    long targetId,
    String jobNamespace,
    String jobName,
    String type,
    String subtype,
    boolean masking,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen,
    String lastRunId) {}
