package org.pactum.lineage.core;

import java.util.List;

/**
 * The lineage derived from a SQL script.
 *
 * @param inputs tables read, in order of first mention
 * @param outputs tables written
 * @param edges column → column edges, without duplicates
 * @param problems what could not be resolved
 */
public record SqlLineageResult(
    List<DatasetRef> inputs,
    List<DatasetRef> outputs,
    List<ColumnEdge> edges,
    List<SqlProblem> problems) {
  public SqlLineageResult {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    edges = List.copyOf(edges);
    problems = List.copyOf(problems);
  }
}
