package org.pactum.server.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetGraph;
import org.pactum.lineage.core.DatasetNode;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.LineageException;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.sql.SchemaCatalog;

/**
 * Builds a dataset's lineage page from the lineage service (read only). The graph has no "columns
 * of a dataset" query, so the page finds them: it starts from the columns the contracts' schemas
 * give the dataset and its direct neighbours, and follows each column's direct edges to the columns
 * of the dataset and its neighbours they reveal, until no new one appears (at most {@link
 * #MAX_COLUMNS} walks).
 */
final class LineagePages {
  /** How many column walks one page may make. */
  static final int MAX_COLUMNS = 2000;

  private final LineageService lineage;
  private final SchemaCatalog schemas;

  LineagePages(LineageService lineage, SchemaCatalog schemas) {
    this.lineage = lineage;
    this.schemas = schemas;
  }

  /** Whether the graph has the dataset. */
  boolean has(DatasetRef dataset) {
    return graph(dataset).isPresent();
  }

  /** The dataset's page, or empty when the graph does not have it. */
  Optional<LineageView> view(DatasetRef dataset, String contractId) {
    Optional<DatasetGraph> graph = graph(dataset);
    if (graph.isEmpty()) {
      return Optional.empty();
    }
    List<LineageView.Neighbour> upstream = new ArrayList<>();
    List<LineageView.Neighbour> downstream = new ArrayList<>();
    Set<DatasetRef> direct = new LinkedHashSet<>();
    for (DatasetNode n : graph.get().nodes()) {
      if (n.dataset().equals(dataset)) {
        continue;
      }
      if (n.distance() == 1) {
        direct.add(n.dataset());
      }
      LineageView.Neighbour item =
          new LineageView.Neighbour(n.dataset().namespace(), n.dataset().name(), n.distance());
      (n.side() == Direction.UP ? upstream : downstream).add(item);
    }
    Comparator<LineageView.Neighbour> order =
        Comparator.comparingInt(LineageView.Neighbour::distance)
            .thenComparing(LineageView.Neighbour::namespace)
            .thenComparing(LineageView.Neighbour::name);
    upstream.sort(order);
    downstream.sort(order);
    return Optional.of(
        new LineageView(
            dataset,
            contractId,
            graph.get().depth(),
            upstream,
            downstream,
            columns(dataset, direct)));
  }

  private Optional<DatasetGraph> graph(DatasetRef dataset) {
    try {
      return Optional.of(lineage.datasetGraph(dataset, Direction.BOTH, null));
    } catch (LineageException e) {
      if (e.reason() == LineageException.Reason.UNKNOWN_DATASET) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private List<LineageView.Column> columns(DatasetRef dataset, Set<DatasetRef> direct) {
    Set<DatasetRef> near = new HashSet<>(direct);
    near.add(dataset);
    Map<String, Set<LineageView.ColumnLink>> up = new TreeMap<>();
    Map<String, Set<LineageView.ColumnLink>> down = new TreeMap<>();
    schemas.columns(dataset).orElse(List.of()).forEach(c -> up.put(c, new LinkedHashSet<>()));
    Deque<ColumnRef> queue = new ArrayDeque<>();
    for (DatasetRef d : near) {
      schemas.columns(d).orElse(List.of()).forEach(c -> queue.add(new ColumnRef(d, c)));
    }
    Set<ColumnRef> seen = new HashSet<>();
    while (!queue.isEmpty() && seen.size() < MAX_COLUMNS) {
      ColumnRef c = queue.poll();
      if (!seen.add(c)) {
        continue;
      }
      for (LineageEdge e : edges(c)) {
        for (ColumnRef end : List.of(e.source(), e.target())) {
          if (near.contains(end.dataset()) && !seen.contains(end)) {
            queue.add(end);
          }
        }
        if (e.target().dataset().equals(dataset)) {
          up.computeIfAbsent(e.target().column(), k -> new LinkedHashSet<>())
              .add(link(e, e.source()));
        }
        if (e.source().dataset().equals(dataset)) {
          down.computeIfAbsent(e.source().column(), k -> new LinkedHashSet<>())
              .add(link(e, e.target()));
        }
      }
    }
    Set<String> names = new java.util.TreeSet<>(up.keySet());
    names.addAll(down.keySet());
    List<LineageView.Column> out = new ArrayList<>();
    for (String name : names) {
      out.add(
          new LineageView.Column(
              name,
              sorted(up.getOrDefault(name, Set.of())),
              sorted(down.getOrDefault(name, Set.of()))));
    }
    return out;
  }

  private List<LineageEdge> edges(ColumnRef c) {
    try {
      ColumnGraph g = lineage.columnGraph(c, Direction.BOTH, 1, null);
      return g.edges();
    } catch (LineageException e) {
      return List.of(); // a schema column the graph has not seen
    }
  }

  private static LineageView.ColumnLink link(LineageEdge e, ColumnRef other) {
    return new LineageView.ColumnLink(
        other.dataset().namespace(),
        other.dataset().name(),
        other.column(),
        e.type().name(),
        e.subtype().name(),
        e.masking());
  }

  private static List<LineageView.ColumnLink> sorted(Set<LineageView.ColumnLink> links) {
    return links.stream()
        .sorted(
            Comparator.comparing(LineageView.ColumnLink::namespace)
                .thenComparing(LineageView.ColumnLink::dataset)
                .thenComparing(LineageView.ColumnLink::column)
                .thenComparing(LineageView.ColumnLink::subtype))
        .toList();
  }
}
