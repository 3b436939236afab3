package org.pactum.bench.lineage;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.pactum.bench.Progress;

/**
 * Generates {@link LineageGraphBench}'s layered graph in the {@code lineage} schema with three
 * set-based statements (datasets, their 20 columns each, the column edges cut at {@code --edges}),
 * then vacuums every table into the steady state autovacuum keeps.
 */
final class LineageGraphGenerator {
  private LineageGraphGenerator() {}

  static void generate(Jdbi jdbi, LineageBenchOptions o) {
    long t0 = System.nanoTime();
    int perLayer = o.perLayer();
    jdbi.useHandle(
        h -> {
          h.execute(
              """
              insert into lineage.dataset (id, namespace, name, first_seen, last_seen)
              select d, 'bench', 'layer' || (d / :per) || '.t' || (d % :per), now(), now()
              from generate_series(0, :n - 1) d
              """
                  .replace(":per", Integer.toString(perLayer))
                  .replace(":n", Integer.toString(perLayer * o.layers())));
          h.execute(
              """
              insert into lineage.dataset_column (id, dataset_id, name, first_seen, last_seen)
              select d * 20 + c, d, 'c' || c, now(), now()
              from generate_series(0, :n - 1) d, generate_series(0, 19) c
              """
                  .replace(":n", Integer.toString(perLayer * o.layers())));
          // per target dataset t (layer >= 1): inputs a = same index, b = index + 1..3, previous
          // layer
          h.execute(
              """
              insert into lineage.column_edge
                (source_id, target_id, job_namespace, job_name, type, subtype, masking,
                 first_seen, last_seen, last_run_id)
              select s, t, 'bench', 'job' || (t / 20), ty, st, false, now(), now(), null
              from (
                select t.id as tid, t.id / 20 as td,
                       (t.id / 20) - :per as a,
                       ((t.id / 20) / :per - 1) * :per
                         + (((t.id / 20) % :per) + 1 + (hashint4((t.id / 20)::int) & 3) % 3) % :per as b,
                       t.id % 20 as c
                from lineage.dataset_column t
                where t.dataset_id >= :per
              ) x,
              lateral (values
                (x.a * 20 + x.c, x.tid, 'DIRECT', 'IDENTITY'),
                (x.b * 20 + (x.c + 1) % 20, x.tid, 'DIRECT', 'TRANSFORMATION'),
                (x.a * 20 + (x.c + 5) % 20, x.tid, 'DIRECT', 'AGGREGATION'),
                (x.a * 20 + 0, x.tid, 'INDIRECT', 'JOIN'),
                (x.b * 20 + 0, x.tid, 'INDIRECT', 'JOIN'),
                (x.a * 20 + 1, x.tid, 'INDIRECT', 'FILTER'),
                (x.b * 20 + 1, x.tid, 'INDIRECT', 'FILTER'),
                (x.a * 20 + 2, x.tid, 'INDIRECT', 'GROUP_BY'),
                (x.b * 20 + 2, x.tid, 'INDIRECT', 'SORT'),
                (x.a * 20 + 3, x.tid, 'INDIRECT', 'WINDOW'),
                (x.b * 20 + 3, x.tid, 'INDIRECT', 'CONDITIONAL')) as e(s, t, ty, st)
              order by x.tid
              limit :edges
              on conflict do nothing
              """
                  .replace(":per", Integer.toString(perLayer))
                  .replace(":edges", Integer.toString(o.edges())));
          h.execute(
              "select setval('lineage.dataset_id_seq', (select max(id) from lineage.dataset))");
          h.execute(
              "select setval('lineage.dataset_column_id_seq', (select max(id) from lineage.dataset_column))");
          // the steady state autovacuum keeps: statistics, and visibility maps so that the walk's
          // index-only scans need no heap fetches
          for (String table : List.of("dataset", "dataset_column", "column_edge")) {
            allVisible(h, table);
          }
        });
    long columns = count(jdbi, "lineage.dataset_column");
    long edges = count(jdbi, "lineage.column_edge");
    Progress.print(
        "graph: %,d datasets, %,d columns, %,d column edges, generated in %.1f s",
        count(jdbi, "lineage.dataset"), columns, edges, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Vacuums a table until its visibility map covers it (a vacuum right after a bulk load can leave
   * pages unmarked, and every index-only scan of the walk then fetches heap tuples), and prints it.
   */
  private static void allVisible(Handle h, String table) {
    long visible = 0;
    long pages = 1;
    for (int round = 1; round <= 4 && visible < pages; round++) {
      h.execute("vacuum analyze lineage." + table);
      Map<String, Object> r =
          h.createQuery(
                  "select relallvisible::bigint as visible, greatest(relpages, 1)::bigint as pages"
                      + " from pg_class where oid = cast(:t as regclass)")
              .bind("t", "lineage." + table)
              .mapToMap()
              .one();
      visible = ((Number) r.get("visible")).longValue();
      pages = ((Number) r.get("pages")).longValue();
      Progress.print(
          "vacuum %d of lineage.%s: %,d of %,d pages all-visible", round, table, visible, pages);
    }
  }

  private static long count(Jdbi jdbi, String table) {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }
}
