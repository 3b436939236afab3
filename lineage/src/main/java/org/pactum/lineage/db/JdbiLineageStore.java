package org.pactum.lineage.db;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetColumns;
import org.pactum.lineage.core.DatasetDependency;
import org.pactum.lineage.core.DatasetGraph;
import org.pactum.lineage.core.DatasetLink;
import org.pactum.lineage.core.DatasetNode;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.DerivedColumn;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.EdgePage;
import org.pactum.lineage.core.JobRef;
import org.pactum.lineage.core.LineageBatch;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.core.LineageStore;
import org.pactum.lineage.core.TransformationType;

/** The graph in PostgreSQL, through {@link LineageDao} and {@link GraphDao}. */
public final class JdbiLineageStore implements LineageStore {
  private final Jdbi jdbi;

  /**
   * @param jdbi with the SqlObject plugin installed, on a database migrated with db/lineage
   */
  public JdbiLineageStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void record(LineageBatch batch) {
    OffsetDateTime at = OffsetDateTime.ofInstant(batch.eventTime(), ZoneOffset.UTC);
    jdbi.useTransaction(
        h -> {
          LineageDao dao = h.attach(LineageDao.class);
          Map<DatasetRef, Set<String>> columns = new LinkedHashMap<>();
          batch.inputs().forEach(d -> columns.computeIfAbsent(d, k -> new LinkedHashSet<>()));
          batch.outputs().forEach(d -> columns.computeIfAbsent(d, k -> new LinkedHashSet<>()));
          batch
              .columns()
              .forEach(
                  (d, cs) -> columns.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(cs));
          for (ColumnEdge e : batch.edges()) {
            columns
                .computeIfAbsent(e.source().dataset(), k -> new LinkedHashSet<>())
                .add(e.source().column());
            columns
                .computeIfAbsent(e.target().dataset(), k -> new LinkedHashSet<>())
                .add(e.target().column());
          }
          for (DatasetDependency d : batch.dependencies()) {
            columns
                .computeIfAbsent(d.source().dataset(), k -> new LinkedHashSet<>())
                .add(d.source().column());
            columns.computeIfAbsent(d.target(), k -> new LinkedHashSet<>());
          }
          List<DatasetRef> refs = List.copyOf(columns.keySet());
          Map<DatasetRef, Long> datasets = new HashMap<>();
          for (DatasetIdRow row :
              dao.upsertDatasets(
                  refs.stream().map(DatasetRef::namespace).toArray(String[]::new),
                  refs.stream().map(DatasetRef::name).toArray(String[]::new),
                  at)) {
            datasets.put(new DatasetRef(row.namespace(), row.name()), row.id());
          }
          Map<Long, DatasetRef> byId = new HashMap<>();
          datasets.forEach((ref, id) -> byId.put(id, ref));
          List<Long> columnDatasets = new ArrayList<>();
          List<String> columnNames = new ArrayList<>();
          columns.forEach(
              (d, names) ->
                  names.forEach(
                      n -> {
                        columnDatasets.add(datasets.get(d));
                        columnNames.add(n);
                      }));
          Map<ColumnRef, Long> columnIds = new HashMap<>();
          if (!columnNames.isEmpty()) {
            for (ColumnIdRow row :
                dao.upsertColumns(
                    columnDatasets.stream().mapToLong(Long::longValue).toArray(),
                    columnNames.toArray(String[]::new),
                    at)) {
              columnIds.put(new ColumnRef(byId.get(row.datasetId()), row.name()), row.id());
            }
          }
          JobRef job = batch.job();
          if (job == null) {
            return;
          }
          EdgeRun run = new EdgeRun(job.namespace(), job.name(), batch.runId(), at);
          TypedEdges edges = TypedEdges.unique(batch.edges(), columnIds, columnIds);
          if (!edges.isEmpty()) {
            dao.upsertColumnEdges(run, edges);
          }
          writeDatasetEdges(dao, batch, run, datasets);
          TypedEdges dependencies = TypedEdges.unique(batch.dependencies(), columnIds, datasets);
          if (!dependencies.isEmpty()) {
            dao.upsertDependencies(run, dependencies);
          }
        });
  }

  private static void writeDatasetEdges(
      LineageDao dao, LineageBatch batch, EdgeRun run, Map<DatasetRef, Long> ids) {
    Set<List<Long>> pairs = new LinkedHashSet<>();
    for (DatasetRef in : batch.inputs()) {
      for (DatasetRef out : batch.outputs()) {
        pairs.add(List.of(ids.get(in), ids.get(out)));
      }
    }
    for (ColumnEdge e : batch.edges()) {
      pairs.add(List.of(ids.get(e.source().dataset()), ids.get(e.target().dataset())));
    }
    for (DatasetDependency d : batch.dependencies()) {
      pairs.add(List.of(ids.get(d.source().dataset()), ids.get(d.target())));
    }
    if (pairs.isEmpty()) {
      return;
    }
    long[] sources = pairs.stream().mapToLong(p -> p.get(0)).toArray();
    long[] targets = pairs.stream().mapToLong(p -> p.get(1)).toArray();
    dao.upsertDatasetEdges(run, sources, targets);
  }

  @Override
  public Optional<ColumnGraph> columnGraph(
      ColumnRef root, Direction direction, int depth, TransformationType type, EdgePage edges) {
    return jdbi.inTransaction(h -> ColumnGraphQuery.run(h, root, direction, depth, type, edges));
  }

  @Override
  public Optional<DatasetGraph> datasetGraph(DatasetRef root, Direction direction, int depth) {
    return jdbi.withHandle(
        h -> {
          Optional<Long> start =
              h.attach(LineageDao.class).datasetId(root.namespace(), root.name());
          if (start.isEmpty()) {
            return Optional.empty();
          }
          GraphDao graph = h.attach(GraphDao.class);
          List<DatasetNode> nodes = new ArrayList<>();
          Set<Long> ids = new LinkedHashSet<>();
          ids.add(start.get());
          if (direction != Direction.DOWN) {
            for (DatasetNodeRow r : graph.upstreamDatasets(start.get(), depth)) {
              nodes.add(
                  new DatasetNode(
                      new DatasetRef(r.namespace(), r.name()), r.distance(), Direction.UP));
              ids.add(r.id());
            }
          }
          if (direction != Direction.UP) {
            for (DatasetNodeRow r : graph.downstreamDatasets(start.get(), depth)) {
              nodes.add(
                  new DatasetNode(
                      new DatasetRef(r.namespace(), r.name()), r.distance(), Direction.DOWN));
              ids.add(r.id());
            }
          }
          List<DatasetLink> edges =
              graph.datasetEdgesAmong(ids.stream().mapToLong(Long::longValue).toArray()).stream()
                  .map(
                      r ->
                          new DatasetLink(
                              new DatasetRef(r.sourceNamespace(), r.sourceName()),
                              new DatasetRef(r.targetNamespace(), r.targetName()),
                              new JobRef(r.jobNamespace(), r.jobName()),
                              StoredEdge.instant(r.firstSeen()),
                              StoredEdge.instant(r.lastSeen()),
                              r.lastRunId()))
                  .toList();
          return Optional.of(new DatasetGraph(root, direction, depth, nodes, edges));
        });
  }

  @Override
  public boolean hasDataset(DatasetRef dataset) {
    return jdbi.withExtension(
        LineageDao.class, d -> d.datasetId(dataset.namespace(), dataset.name()).isPresent());
  }

  @Override
  public Optional<DatasetColumns> datasetColumns(DatasetRef dataset) {
    return jdbi.withHandle(
        h -> {
          if (h.attach(LineageDao.class).datasetId(dataset.namespace(), dataset.name()).isEmpty()) {
            return Optional.empty();
          }
          GraphDao graph = h.attach(GraphDao.class);
          List<LineageEdge> edges =
              graph.edgesTouching(dataset.namespace(), dataset.name()).stream()
                  .map(NamedEdgeRow::toEdge)
                  .sorted(
                      Comparator.comparing((LineageEdge e) -> e.source().toString())
                          .thenComparing(e -> e.target().toString())
                          .thenComparing(e -> e.job().name())
                          .thenComparing(LineageEdge::subtype))
                  .toList();
          return Optional.of(
              new DatasetColumns(
                  dataset, graph.columnsOf(dataset.namespace(), dataset.name()), edges));
        });
  }

  @Override
  public List<DerivedColumn> derivedFrom(Collection<ColumnRef> origins) {
    if (origins.isEmpty()) {
      return List.of();
    }
    String[] namespaces = origins.stream().map(c -> c.dataset().namespace()).toArray(String[]::new);
    String[] datasets = origins.stream().map(c -> c.dataset().name()).toArray(String[]::new);
    String[] columns = origins.stream().map(ColumnRef::column).toArray(String[]::new);
    return jdbi
        .withExtension(GraphDao.class, g -> g.derivedFrom(namespaces, datasets, columns))
        .stream()
        .map(
            r ->
                new DerivedColumn(
                    ColumnRef.of(r.namespace(), r.dataset(), r.columnName()),
                    ColumnRef.of(r.originNamespace(), r.originDataset(), r.originColumn())))
        .toList();
  }
}
