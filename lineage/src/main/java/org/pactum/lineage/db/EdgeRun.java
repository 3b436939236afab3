package org.pactum.lineage.db;

import java.time.OffsetDateTime;

/**
 * The job run an event's edges are reported by, bound by name ({@code :jobNamespace}, {@code
 * :jobName}, {@code :runId}, {@code :at}) into each edge upsert of {@link LineageDao}.
 */
public record EdgeRun(String jobNamespace, String jobName, String runId, OffsetDateTime at) {}
