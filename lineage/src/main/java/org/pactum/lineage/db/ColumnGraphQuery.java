package org.pactum.lineage.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.JobRef;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.LineageNode;
import org.pactum.lineage.core.TransformationSubtype;
import org.pactum.lineage.core.TransformationType;

/**
 * A column's lineage graph in three statements: the walk (each reached column once, named), then
 * the edges among the reached columns by id, named here from the walk. Both lists are sorted here
 * by name in code-point order, so the result does not depend on the database's collation and the
 * database does not sort thousands of text tuples.
 */
final class ColumnGraphQuery {
  private static final Comparator<ColumnRef> COLUMN =
      Comparator.comparing((ColumnRef c) -> c.dataset().namespace())
          .thenComparing(c -> c.dataset().name())
          .thenComparing(ColumnRef::column);
  private static final Comparator<LineageNode> NODE_ORDER =
      Comparator.comparing(LineageNode::side)
          .thenComparingInt(LineageNode::distance)
          .thenComparing(LineageNode::column, COLUMN);

  /** Edges between the same two columns: by job, then transformation. */
  private static final Comparator<LineageEdge> SAME_ENDS =
      Comparator.comparing((LineageEdge e) -> e.job().name())
          .thenComparing(e -> e.job().namespace())
          .thenComparing(LineageEdge::subtype);

  /** An edge and its ends' name ranks packed in one long: source rank, then target rank. */
  private record Ranked(long order, LineageEdge edge) {}

  private ColumnGraphQuery() {}

  static Optional<ColumnGraph> run(
      Handle h,
      ColumnRef root,
      Direction direction,
      int depth,
      TransformationType type,
      boolean withEdges) {
    Optional<Long> start =
        h.attach(LineageDao.class)
            .columnId(root.dataset().namespace(), root.dataset().name(), root.column());
    if (start.isEmpty()) {
      return Optional.empty();
    }
    GraphDao graph = h.attach(GraphDao.class);
    String t = type == null ? null : type.name();
    Map<Long, ColumnRef> names = new HashMap<>();
    names.put(start.get(), root);
    List<LineageNode> nodes = new ArrayList<>();
    if (direction != Direction.DOWN) {
      for (ColumnNodeRow r : graph.upstream(start.get(), depth, t)) {
        nodes.add(node(r, Direction.UP, names));
      }
    }
    if (direction != Direction.UP) {
      for (ColumnNodeRow r : graph.downstream(start.get(), depth, t)) {
        nodes.add(node(r, Direction.DOWN, names));
      }
    }
    nodes.sort(NODE_ORDER);
    if (!withEdges) {
      return Optional.of(new ColumnGraph(root, direction, depth, nodes, List.of(), false));
    }
    // each column's rank in name order, so thousands of edges sort by two ints, not six strings
    Map<Long, Integer> rank = new HashMap<>();
    names.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(COLUMN))
        .forEach(e -> rank.put(e.getKey(), rank.size()));
    long[] ids = names.keySet().stream().mapToLong(Long::longValue).toArray();
    List<Ranked> ranked = new ArrayList<>();
    for (ColumnEdgeRow r : graph.columnEdgesAmong(ids, t)) {
      long order = ((long) rank.get(r.sourceId()) << 32) | rank.get(r.targetId());
      ranked.add(new Ranked(order, edge(r, names)));
    }
    ranked.sort(Comparator.comparingLong(Ranked::order).thenComparing(Ranked::edge, SAME_ENDS));
    List<LineageEdge> edges = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      edges.add(r.edge());
    }
    return Optional.of(new ColumnGraph(root, direction, depth, nodes, edges));
  }

  private static LineageNode node(ColumnNodeRow r, Direction side, Map<Long, ColumnRef> names) {
    ColumnRef column = ColumnRef.of(r.namespace(), r.dataset(), r.columnName());
    names.put(r.id(), column);
    return new LineageNode(column, r.distance(), side);
  }

  private static LineageEdge edge(ColumnEdgeRow r, Map<Long, ColumnRef> names) {
    return new LineageEdge(
        names.get(r.sourceId()),
        names.get(r.targetId()),
        TransformationSubtype.valueOf(r.subtype()),
        r.masking(),
        new JobRef(r.jobNamespace(), r.jobName()),
        instant(r.firstSeen()),
        instant(r.lastSeen()),
        r.lastRunId());
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
