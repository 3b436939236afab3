package org.pactum.lineage.core;

import java.util.List;

/** The datasets within {@code depth} edges of {@code root}, and the edges among them. */
public record DatasetGraph(
    DatasetRef root,
    Direction direction,
    int depth,
    List<DatasetNode> nodes,
    List<DatasetLink> edges) {
  public DatasetGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
