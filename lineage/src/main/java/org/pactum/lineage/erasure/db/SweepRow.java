package org.pactum.lineage.erasure.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code privacy.sweep_run}; {@code findings} is the jsonb as text. */
public record SweepRow(
    UUID sweepId,
    String trigger,
    Instant startedAt,
    Instant finishedAt,
    int datasetsChecked,
    int reappearances,
    String findings) {}
