package org.pactum.lineage.core;

import java.time.Instant;

/** A stored column edge: the job that made it and when it was first and last reported. */
public record LineageEdge(
    ColumnRef source,
    ColumnRef target,
    TransformationSubtype subtype,
    boolean masking,
    JobRef job,
    Instant firstSeen,
    Instant lastSeen,
    String lastRunId) {
  public TransformationType type() {
    return subtype.type();
  }
}
