package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetColumns;
import org.pactum.lineage.core.DatasetGraph;
import org.pactum.lineage.core.DatasetNode;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.LineageException;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.sql.SchemaCatalog;

/**
 * Builds a dataset's lineage page from the lineage service (read only): its neighbour datasets, and
 * per column (those the graph knows and those the contract's schema declares) the columns one edge
 * upstream and downstream.
 */
final class LineagePages {
  private final LineageService lineage;
  private final SchemaCatalog schemas;

  LineagePages(LineageService lineage, SchemaCatalog schemas) {
    this.lineage = lineage;
    this.schemas = schemas;
  }

  /**
   * Whether the graph has the dataset: an indexed lookup, not a walk (every contract page asks).
   */
  boolean has(DatasetRef dataset) {
    return lineage.hasDataset(dataset);
  }

  /** The dataset's page, or empty when the graph does not have it. */
  Optional<LineageView> view(DatasetRef dataset, String contractId) {
    Optional<DatasetGraph> graph = graph(dataset);
    if (graph.isEmpty()) {
      return Optional.empty();
    }
    List<LineageView.Neighbour> upstream = new ArrayList<>();
    List<LineageView.Neighbour> downstream = new ArrayList<>();
    for (DatasetNode n : graph.get().nodes()) {
      if (n.dataset().equals(dataset)) {
        continue;
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
            dataset, contractId, graph.get().depth(), upstream, downstream, columns(dataset)));
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

  private List<LineageView.Column> columns(DatasetRef dataset) {
    Map<String, Set<LineageView.ColumnLink>> up = new TreeMap<>();
    Map<String, Set<LineageView.ColumnLink>> down = new TreeMap<>();
    DatasetColumns graph = lineage.datasetColumns(dataset);
    schemas.columns(dataset).orElse(List.of()).forEach(c -> up.put(c, new LinkedHashSet<>()));
    graph.columns().forEach(c -> up.putIfAbsent(c, new LinkedHashSet<>()));
    for (LineageEdge e : graph.edges()) {
      if (e.target().dataset().equals(dataset)) {
        up.computeIfAbsent(e.target().column(), k -> new LinkedHashSet<>())
            .add(link(e, e.source()));
      }
      if (e.source().dataset().equals(dataset)) {
        down.computeIfAbsent(e.source().column(), k -> new LinkedHashSet<>())
            .add(link(e, e.target()));
      }
    }
    Set<String> names = new TreeSet<>(up.keySet());
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
