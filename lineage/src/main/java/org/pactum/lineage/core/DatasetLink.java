package org.pactum.lineage.core;

import java.time.Instant;

/** A stored dataset edge: a job read {@code source} and wrote {@code target}. */
public record DatasetLink(
    DatasetRef source,
    DatasetRef target,
    JobRef job,
    Instant firstSeen,
    Instant lastSeen,
    String lastRunId) {}
