package org.pactum.lineage.core;

import java.util.List;

/**
 * A dataset's columns as the graph knows them, and every column edge with one end among them (the
 * columns that feed each one and the columns each one feeds, one edge away).
 *
 * @param columns the dataset's column names, sorted
 * @param edges the edges into and out of those columns, sorted by source then target
 */
public record DatasetColumns(DatasetRef dataset, List<String> columns, List<LineageEdge> edges) {
  public DatasetColumns {
    columns = List.copyOf(columns);
    edges = List.copyOf(edges);
  }
}
