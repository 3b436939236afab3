package org.pactum.lineage.core;

import java.util.List;

/**
 * The columns within {@code depth} edges of {@code root}, and the edges among them.
 *
 * @param withEdges whether {@code edges} was read: a caller that only needs the columns reached
 *     (impact analysis, {@code ?edges=false}) skips fetching the edges among them, which on a dense
 *     graph are ten times as many as the columns
 * @param nextEdges where the next page of edges starts; null when {@code edges} holds the rest of
 *     them (see {@link EdgePage})
 */
public record ColumnGraph(
    ColumnRef root,
    Direction direction,
    int depth,
    List<LineageNode> nodes,
    List<LineageEdge> edges,
    boolean withEdges,
    EdgeCursor nextEdges) {
  public ColumnGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  public ColumnGraph(
      ColumnRef root,
      Direction direction,
      int depth,
      List<LineageNode> nodes,
      List<LineageEdge> edges) {
    this(root, direction, depth, nodes, edges, true, null);
  }

  /** Whether more edges follow in further pages. */
  public boolean edgesTruncated() {
    return nextEdges != null;
  }
}
