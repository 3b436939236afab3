package org.pactum.lineage.db;

import java.time.OffsetDateTime;

/** A stored dataset edge with both ends named. */
public record DatasetEdgeRow(
    String sourceNamespace,
    String sourceName,
    String targetNamespace,
    String targetName,
    String jobNamespace,
    String jobName,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen,
    String lastRunId) {}
