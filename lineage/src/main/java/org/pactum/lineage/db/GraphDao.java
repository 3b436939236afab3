package org.pactum.lineage.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads the graph with bounded recursive walks. A column walk keeps one frontier set per depth, so
 * a cycle cannot make it run away: it stops at the depth bound having visited each node at most
 * once per depth; the query keeps each node's shortest distance. The dataset walks' {@code union}
 * (not {@code union all}) makes each (node, depth) pair appear once, to the same effect. The PII
 * walk has no depth bound: it keeps only (node, origin) pairs, so it ends when no new pair appears.
 * A null {@code type} follows every edge.
 */
@RegisterConstructorMapper(ColumnNodeRow.class)
@RegisterConstructorMapper(DatasetNodeRow.class)
@RegisterRowMapper(ColumnEdgeRow.Mapper.class)
@RegisterConstructorMapper(DatasetEdgeRow.class)
@RegisterConstructorMapper(DerivedColumnRow.class)
@RegisterConstructorMapper(NamedEdgeRow.class)
public interface GraphDao {
  /**
   * Each reached column once, at its shortest distance, named: the columns by one index scan over
   * the reached ids ({@code = any(array(…))}; joined plainly, the planner hashes all of {@code
   * dataset_column} to name a few thousand columns), their datasets by primary key. Unordered: the
   * caller sorts.
   */
  String NODE =
      """
      , reached as (
        select id, min(depth) as distance from walk, unnest(walk.ids) as id
        where id <> :start group by id
      )
      select r.id, r.distance, d.namespace, d.name as dataset, c.name as column_name
      from lineage.dataset_column c
      join reached r on r.id = c.id
      join lineage.dataset d on d.id = c.dataset_id
      where c.id = any(array(select id from reached))
      """;

  /**
   * A breadth-first walk, one row per depth: each step reads the edges of the whole frontier in one
   * index scan ({@code = any(w.ids)}: the array sorted once, the index read in order) instead of
   * one index probe per column — a twentieth of the buffers on a wide graph — and the next frontier
   * is the distinct columns reached. Each depth's frontier is a set, so a cycle cannot make the
   * walk run away: it stops at the depth bound.
   */
  @SqlQuery(
      """
      with recursive walk(ids, depth) as (
        select array[cast(:start as bigint)], 0
        union all
        select n.ids, w.depth + 1
        from walk w
        cross join lateral (
          select array_agg(distinct e.target_id) as ids
          from lineage.column_edge e
          where e.source_id = any(w.ids) and (cast(:type as text) is null or e.type = :type)
        ) n
        where w.depth < :depth and n.ids is not null
      )
      """
          + NODE)
  List<ColumnNodeRow> downstream(
      @Bind("start") long start, @Bind("depth") int depth, @Bind("type") String type);

  @SqlQuery(
      """
      with recursive walk(ids, depth) as (
        select array[cast(:start as bigint)], 0
        union all
        select n.ids, w.depth + 1
        from walk w
        cross join lateral (
          select array_agg(distinct e.source_id) as ids
          from lineage.column_edge e
          where e.target_id = any(w.ids) and (cast(:type as text) is null or e.type = :type)
        ) n
        where w.depth < :depth and n.ids is not null
      )
      """
          + NODE)
  List<ColumnNodeRow> upstream(
      @Bind("start") long start, @Bind("depth") int depth, @Bind("type") String type);

  /** The columns {@link ColumnEdgeRow.Mapper} reads, by position. */
  String EDGE_ROWS =
      """
      select e.source_id, e.target_id, e.job_namespace, e.job_name, e.type, e.subtype, e.masking,
             e.first_seen, e.last_seen, e.last_run_id
      from lineage.column_edge e
      """;

  /**
   * A page of the edges whose both ends are among {@code ids}, by id, in (target, source) order
   * after the pair ({@code afterTarget}, {@code afterSource}) (-1, -1: from the first), at most
   * {@code limit} rows. The order is the target index's own: the scan stops at the limit and
   * nothing is sorted. The caller names the edges from the walk's nodes (naming and sorting
   * thousands of edges in SQL costs several times the fetch).
   */
  @SqlQuery(
      EDGE_ROWS
          + """
      where e.target_id = any(cast(:ids as bigint[]))
        and e.source_id = any(cast(:ids as bigint[]))
        and (cast(:type as text) is null or e.type = :type)
        and e.target_id >= :afterTarget
        and (e.target_id > :afterTarget or e.source_id > :afterSource)
      order by e.target_id, e.source_id
      limit :limit
      """)
  List<ColumnEdgeRow> columnEdgesAmong(
      @Bind("ids") long[] ids,
      @Bind("type") String type,
      @Bind("afterTarget") long afterTarget,
      @Bind("afterSource") long afterSource,
      @Bind("limit") int limit);

  /** The edges from one column to another. */
  @SqlQuery(
      EDGE_ROWS
          + """
      where e.target_id = :target and e.source_id = :source
        and (cast(:type as text) is null or e.type = :type)
      """)
  List<ColumnEdgeRow> columnEdgesBetween(
      @Bind("source") long source, @Bind("target") long target, @Bind("type") String type);

  /** A dataset's column names. */
  @SqlQuery(
      """
      select c.name
      from lineage.dataset d join lineage.dataset_column c on c.dataset_id = d.id
      where d.namespace = :namespace and d.name = :name
      order by c.name
      """)
  List<String> columnsOf(@Bind("namespace") String namespace, @Bind("name") String name);

  /** The column edges with one end (or both) in a dataset, named. */
  @SqlQuery(
      """
      with own as (
        select c.id
        from lineage.dataset d join lineage.dataset_column c on c.dataset_id = d.id
        where d.namespace = :namespace and d.name = :name
      ), touching as (
        select e.id from lineage.column_edge e where e.target_id in (select id from own)
        union
        select e.id from lineage.column_edge e where e.source_id in (select id from own)
      )
      select sd.namespace as source_namespace, sd.name as source_dataset, sc.name as source_column,
             td.namespace as target_namespace, td.name as target_dataset, tc.name as target_column,
             e.job_namespace, e.job_name, e.type, e.subtype, e.masking, e.first_seen, e.last_seen,
             e.last_run_id
      from touching t
      join lineage.column_edge e on e.id = t.id
      join lineage.dataset_column sc on sc.id = e.source_id
      join lineage.dataset sd on sd.id = sc.dataset_id
      join lineage.dataset_column tc on tc.id = e.target_id
      join lineage.dataset td on td.id = tc.dataset_id
      """)
  List<NamedEdgeRow> edgesTouching(@Bind("namespace") String namespace, @Bind("name") String name);

  String DATASET_NODE =
      """
      select w.id, min(w.depth) as distance, d.namespace, d.name
      from walk w join lineage.dataset d on d.id = w.id
      where w.id <> :start
      group by w.id, d.namespace, d.name
      order by distance, d.namespace, d.name
      """;

  @SqlQuery(
      """
      with recursive walk(id, depth) as (
        select cast(:start as bigint), 0
        union
        select e.target_id, w.depth + 1
        from walk w join lineage.dataset_edge e on e.source_id = w.id
        where w.depth < :depth
      )
      """
          + DATASET_NODE)
  List<DatasetNodeRow> downstreamDatasets(@Bind("start") long start, @Bind("depth") int depth);

  @SqlQuery(
      """
      with recursive walk(id, depth) as (
        select cast(:start as bigint), 0
        union
        select e.source_id, w.depth + 1
        from walk w join lineage.dataset_edge e on e.target_id = w.id
        where w.depth < :depth
      )
      """
          + DATASET_NODE)
  List<DatasetNodeRow> upstreamDatasets(@Bind("start") long start, @Bind("depth") int depth);

  @SqlQuery(
      """
      select sd.namespace as source_namespace, sd.name as source_name,
             td.namespace as target_namespace, td.name as target_name,
             e.job_namespace, e.job_name, e.first_seen, e.last_seen, e.last_run_id
      from unnest(cast(:ids as bigint[])) as s(id)
      join lineage.dataset_edge e on e.source_id = s.id
      join lineage.dataset sd on sd.id = e.source_id
      join lineage.dataset td on td.id = e.target_id
      where e.target_id in (select unnest(cast(:ids as bigint[])))
      order by sd.namespace, sd.name, td.namespace, td.name, e.job_name
      """)
  List<DatasetEdgeRow> datasetEdgesAmong(@Bind("ids") long[] ids);

  @SqlQuery(
      """
      with recursive walk(id, origin) as (
        select c.id, c.id
        from unnest(cast(:namespaces as text[]), cast(:datasets as text[]),
                    cast(:columns as text[])) as x(ns, ds, col)
        join lineage.dataset d on d.namespace = x.ns and d.name = x.ds
        join lineage.dataset_column c on c.dataset_id = d.id and c.name = x.col
        union
        select e.target_id, w.origin
        from walk w join lineage.column_edge e on e.source_id = w.id
        where e.type = 'DIRECT' and not e.masking
      )
      select d.namespace, d.name as dataset, c.name as column_name,
             od.namespace as origin_namespace, od.name as origin_dataset, oc.name as origin_column
      from walk w
      join lineage.dataset_column c on c.id = w.id
      join lineage.dataset d on d.id = c.dataset_id
      join lineage.dataset_column oc on oc.id = w.origin
      join lineage.dataset od on od.id = oc.dataset_id
      where w.id <> w.origin
      order by d.namespace, d.name, c.name, od.namespace, od.name, oc.name
      """)
  List<DerivedColumnRow> derivedFrom(
      @Bind("namespaces") String[] namespaces,
      @Bind("datasets") String[] datasets,
      @Bind("columns") String[] columns);
}
