package org.pactum.lineage.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one job run (or one SQL statement, or one dataset/job event) reported, ready to store.
 *
 * @param job the job; null for a DatasetEvent (datasets and columns only)
 * @param runId the run that reported it, or null
 * @param eventTime when it was reported
 * @param inputs datasets read
 * @param outputs datasets written
 * @param columns known columns per dataset (from schema facets and edges)
 * @param edges column → column
 * @param dependencies column → dataset
 */
public record LineageBatch(
    JobRef job,
    String runId,
    Instant eventTime,
    List<DatasetRef> inputs,
    List<DatasetRef> outputs,
    Map<DatasetRef, List<String>> columns,
    List<ColumnEdge> edges,
    List<DatasetDependency> dependencies) {
  public LineageBatch {
    Objects.requireNonNull(eventTime, "eventTime");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    columns = Map.copyOf(columns);
    edges = List.copyOf(edges);
    dependencies = List.copyOf(dependencies);
    if (job == null && (!edges.isEmpty() || !dependencies.isEmpty())) {
      throw new IllegalArgumentException("edges need a job");
    }
  }
}
