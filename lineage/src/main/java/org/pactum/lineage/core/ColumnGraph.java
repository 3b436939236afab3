package org.pactum.lineage.core;

import java.util.List;

/** The columns within {@code depth} edges of {@code root}, and the edges among them. */
public record ColumnGraph(
    ColumnRef root,
    Direction direction,
    int depth,
    List<LineageNode> nodes,
    List<LineageEdge> edges) {
  public ColumnGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
