package org.pactum.lineage.db;

import java.time.OffsetDateTime;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.LineageEdge;

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
    String lastRunId)
    implements StoredEdge {

  /** This edge, its ends named as stored. */
  LineageEdge toEdge() {
    return toEdge(
        ColumnRef.of(sourceNamespace, sourceDataset, sourceColumn),
        ColumnRef.of(targetNamespace, targetDataset, targetColumn));
  }
}
