package org.pactum.lineage.db;

import java.time.OffsetDateTime;

/** A stored column edge with both ends named. */
public record NamedEdgeRow(
    String sourceNamespace,
    String sourceDataset,
    String sourceColumn,
    String targetNamespace,
    String targetDataset,
    String targetColumn,
    String jobNamespace,
    String jobName,
    String type,
    String subtype,
    boolean masking,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen,
    String lastRunId) {}
