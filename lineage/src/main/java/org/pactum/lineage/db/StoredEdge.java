package org.pactum.lineage.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.JobRef;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.TransformationSubtype;

/**
 * A stored column edge's own fields, whichever way its ends are read ({@link ColumnEdgeRow}, {@link
 * NamedEdgeRow}).
 */
interface StoredEdge {
  String jobNamespace();

  String jobName();

  String subtype();

  boolean masking();

  OffsetDateTime firstSeen();

  OffsetDateTime lastSeen();

  String lastRunId();

  /** This edge between the two columns named. */
  default LineageEdge toEdge(ColumnRef source, ColumnRef target) {
    return new LineageEdge(
        source,
        target,
        TransformationSubtype.valueOf(subtype()),
        masking(),
        new JobRef(jobNamespace(), jobName()),
        instant(firstSeen()),
        instant(lastSeen()),
        lastRunId());
  }

  /** A stored time as an instant; null stays null. */
  static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
