package org.pactum.lineage.db;

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
import org.pactum.lineage.core.EdgeCursor;
import org.pactum.lineage.core.EdgePage;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.LineageNode;
import org.pactum.lineage.core.TransformationType;

/**
 * A column's lineage graph in three statements: the walk (each reached column once, named), then a
 * page of the edges among the reached columns by id, named here from the walk. Both lists are
 * sorted here by name in code-point order, so the result does not depend on the database's
 * collation and the database does not sort thousands of text tuples; the edges by their ends' name
 * ranks ({@link ColumnRanks}, {@link EdgeOrder}), without comparing objects.
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

  private ColumnGraphQuery() {}

  static Optional<ColumnGraph> run(
      Handle h,
      ColumnRef root,
      Direction direction,
      int depth,
      TransformationType type,
      EdgePage page) {
    Optional<Long> start =
        h.attach(LineageDao.class)
            .columnId(root.dataset().namespace(), root.dataset().name(), root.column());
    if (start.isEmpty()) {
      return Optional.empty();
    }
    // Planned for the values bound (custom plans): the walk's "type is null" folds away, leaving
    // index-only scans; the edge page's "= any(:ids)" on thousands of ids is hashed, where a cached
    // generic plan compares each of ~20k index entries with every id in turn (13 ms vs 108 ms).
    h.execute("set local plan_cache_mode = force_custom_plan");
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
    if (!page.wanted()) {
      return Optional.of(new ColumnGraph(root, direction, depth, nodes, List.of(), false, null));
    }
    ColumnRanks ranks = ColumnRanks.of(names, COLUMN);
    EdgeCursor after = page.after();
    List<ColumnEdgeRow> rows =
        graph.columnEdgesAmong(
            ranks.ids(),
            t,
            after == null ? -1 : after.targetId(),
            after == null ? -1 : after.sourceId(),
            page.limit() + 1);
    EdgeCursor next = null;
    if (rows.size() > page.limit()) {
      rows = wholePairs(graph, rows, t);
      ColumnEdgeRow last = rows.get(rows.size() - 1);
      next = new EdgeCursor(last.targetId(), last.sourceId());
    }
    int n = rows.size();
    int[] source = new int[n];
    int[] target = new int[n];
    LineageEdge[] found = new LineageEdge[n];
    for (int i = 0; i < n; i++) {
      ColumnEdgeRow r = rows.get(i);
      source[i] = ranks.rank(r.sourceId());
      target[i] = ranks.rank(r.targetId());
      found[i] = r.toEdge(ranks.column(source[i]), ranks.column(target[i]));
    }
    int[] order =
        EdgeOrder.sort(
            source, target, ranks.size(), (a, b) -> SAME_ENDS.compare(found[a], found[b]));
    List<LineageEdge> edges = new ArrayList<>(n);
    for (int i : order) {
      edges.add(found[i]);
    }
    return Optional.of(new ColumnGraph(root, direction, depth, nodes, edges, true, next));
  }

  /**
   * A page one row longer than its limit, cut back to whole (target, source) pairs: the rows of the
   * pair the extra row belongs to go to the next page — unless that pair is all there is, when the
   * page is that whole pair.
   */
  private static List<ColumnEdgeRow> wholePairs(
      GraphDao graph, List<ColumnEdgeRow> rows, String type) {
    ColumnEdgeRow extra = rows.get(rows.size() - 1);
    int end = rows.size() - 1;
    while (end > 0
        && rows.get(end - 1).targetId() == extra.targetId()
        && rows.get(end - 1).sourceId() == extra.sourceId()) {
      end--;
    }
    return end > 0
        ? rows.subList(0, end)
        : graph.columnEdgesBetween(extra.sourceId(), extra.targetId(), type);
  }

  private static LineageNode node(ColumnNodeRow r, Direction side, Map<Long, ColumnRef> names) {
    ColumnRef column = ColumnRef.of(r.namespace(), r.dataset(), r.columnName());
    names.put(r.id(), column);
    return new LineageNode(column, r.distance(), side);
  }
}
