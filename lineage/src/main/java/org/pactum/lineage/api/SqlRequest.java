package org.pactum.lineage.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /api/v1/lineage/sql}: derive lineage from SQL.
 *
 * @param job the job name the edges are recorded under (required)
 * @param sql one or more statements (required)
 * @param namespace the tables' namespace (a datasource name); default: {@code
 *     lineage.defaultNamespace}
 * @param runId an optional run id recorded as the edges' last run
 * @param dryRun true: analyse only, store nothing
 */
public record SqlRequest(
    @JsonProperty("job") String job,
    @JsonProperty("sql") String sql,
    @JsonProperty("namespace") String namespace,
    @JsonProperty("run_id") String runId,
    @JsonProperty("dry_run") Boolean dryRun) {}
