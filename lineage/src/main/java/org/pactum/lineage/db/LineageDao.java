package org.pactum.lineage.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Writes the graph: datasets, columns and edges, each an idempotent upsert (a re-reported element
 * only moves {@code last_seen} and the run that last reported it). Arrays are bound whole, one
 * statement per kind of row: an event is a handful of round trips whatever its size.
 */
public interface LineageDao {

  /**
   * Upserts datasets, in (namespace, name) order so that concurrent events lock shared rows in one
   * order; returns each one's id.
   */
  @SqlQuery(
      """
      insert into lineage.dataset (namespace, name, first_seen, last_seen)
      select ns, n, :at, :at
      from unnest(cast(:namespaces as text[]), cast(:names as text[])) as x(ns, n)
      order by ns, n
      on conflict (namespace, name) do update
        set last_seen = greatest(lineage.dataset.last_seen, excluded.last_seen)
      returning id, namespace, name
      """)
  @RegisterConstructorMapper(DatasetIdRow.class)
  List<DatasetIdRow> upsertDatasets(
      @Bind("namespaces") String[] namespaces,
      @Bind("names") String[] names,
      @Bind("at") OffsetDateTime at);

  /** Upserts columns of any datasets, in (dataset, name) order; returns each one's id. */
  @SqlQuery(
      """
      insert into lineage.dataset_column (dataset_id, name, first_seen, last_seen)
      select d, n, :at, :at
      from unnest(cast(:datasets as bigint[]), cast(:names as text[])) as x(d, n)
      order by d, n
      on conflict (dataset_id, name) do update
        set last_seen = greatest(lineage.dataset_column.last_seen, excluded.last_seen)
      returning id, dataset_id, name
      """)
  @RegisterConstructorMapper(ColumnIdRow.class)
  List<ColumnIdRow> upsertColumns(
      @Bind("datasets") long[] datasetIds,
      @Bind("names") String[] names,
      @Bind("at") OffsetDateTime at);

  /**
   * The columns and rows of a typed-edge upsert ({@code lineage.column_edge}, {@code
   * lineage.dataset_dependency}): one row per element of {@link TypedEdges}, reported by {@link
   * EdgeRun}.
   */
  String TYPED_EDGE_ROWS =
      """
        (source_id, target_id, job_namespace, job_name, type, subtype, masking,
         first_seen, last_seen, last_run_id)
      select s, t, :jobNamespace, :jobName, ty, st, m, :at, :at, :runId
      from unnest(cast(:sources as bigint[]), cast(:targets as bigint[]), cast(:types as text[]),
                  cast(:subtypes as text[]), cast(:maskings as boolean[])) as x(s, t, ty, st, m)
      on conflict (source_id, target_id, job_namespace, job_name, type, subtype) do update set
      """;

  @SqlUpdate(
      "insert into lineage.column_edge\n"
          + TYPED_EDGE_ROWS
          + """
            masking = case when excluded.last_seen >= lineage.column_edge.last_seen
                           then excluded.masking else lineage.column_edge.masking end,
            last_run_id = case when excluded.last_seen >= lineage.column_edge.last_seen
                               then excluded.last_run_id else lineage.column_edge.last_run_id end,
            last_seen = greatest(lineage.column_edge.last_seen, excluded.last_seen)
          """)
  int upsertColumnEdges(@BindMethods EdgeRun run, @BindMethods TypedEdges edges);

  @SqlUpdate(
      """
      insert into lineage.dataset_edge
        (source_id, target_id, job_namespace, job_name, first_seen, last_seen, last_run_id)
      select s, t, :jobNamespace, :jobName, :at, :at, :runId
      from unnest(cast(:sources as bigint[]), cast(:targets as bigint[])) as x(s, t)
      on conflict (source_id, target_id, job_namespace, job_name) do update set
        last_run_id = case when excluded.last_seen >= lineage.dataset_edge.last_seen
                           then excluded.last_run_id else lineage.dataset_edge.last_run_id end,
        last_seen = greatest(lineage.dataset_edge.last_seen, excluded.last_seen)
      """)
  int upsertDatasetEdges(
      @BindMethods EdgeRun run, @Bind("sources") long[] sources, @Bind("targets") long[] targets);

  @SqlUpdate(
      "insert into lineage.dataset_dependency\n"
          + TYPED_EDGE_ROWS
          + """
            masking = excluded.masking,
            last_run_id = case when excluded.last_seen >= lineage.dataset_dependency.last_seen
                               then excluded.last_run_id else lineage.dataset_dependency.last_run_id end,
            last_seen = greatest(lineage.dataset_dependency.last_seen, excluded.last_seen)
          """)
  int upsertDependencies(@BindMethods EdgeRun run, @BindMethods TypedEdges edges);

  @SqlQuery("select id from lineage.dataset where namespace = :namespace and name = :name")
  Optional<Long> datasetId(@Bind("namespace") String namespace, @Bind("name") String name);

  @SqlQuery(
      """
      select c.id from lineage.dataset_column c join lineage.dataset d on d.id = c.dataset_id
      where d.namespace = :namespace and d.name = :name and c.name = :column
      """)
  Optional<Long> columnId(
      @Bind("namespace") String namespace,
      @Bind("name") String name,
      @Bind("column") String column);
}
