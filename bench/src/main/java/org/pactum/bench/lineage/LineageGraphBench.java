package org.pactum.bench.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.bench.BenchPool;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.EdgeCursor;
import org.pactum.lineage.core.EdgePage;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.db.GraphDao;
import org.pactum.lineage.db.JdbiLineageStore;
import org.pactum.lineage.db.LineageDao;
import org.pactum.lineage.openlineage.OpenLineageEventParser;

/**
 * Macro benchmark of the lineage graph on the embedded PostgreSQL.
 *
 * <p><b>Graph.</b> {@code --datasets-per-layer} (100) × {@code --layers} (50) datasets of 20
 * columns = 100,000 columns, and 1,000,000 column edges: each dataset of layer L ≥ 1 joins two
 * datasets of layer L − 1 (the one at its own index and one 1–3 further on: pipelines stay within a
 * neighbourhood, as domains do); each of its 20 columns gets two DIRECT edges (IDENTITY from the
 * first input's same column, TRANSFORMATION from the second's next one), one DIRECT AGGREGATION,
 * and eight INDIRECT ones from the inputs' key columns 0–3 (JOIN, FILTER, GROUP_BY, SORT, WINDOW,
 * CONDITIONAL), cut at exactly {@code --edges}. Key columns thus fan out to every column of their
 * consumers: a walk from one reaches hundreds of datasets within 10 hops.
 *
 * <p><b>Query.</b> {@code JdbiLineageStore.columnGraph(col, DOWN, 10)} — the API's query: the
 * recursive walk plus the edges among the nodes reached — from random layer-0 columns, half key
 * columns (wide), half plain ones (narrow): the columns only ({@code edges=false}), the API's
 * default answer (the first page of at most 5,000 edges), and every edge (pages of 50,000); also
 * the walk alone. p50/p99 against the baseline of the same run: a one-row indexed lookup ({@code
 * LineageDao.columnId}). Target: p99 &lt; 100 ms.
 *
 * <p><b>Ingest.</b> OpenLineage RunEvents with a 50-column {@code columnLineage} facet (each field
 * two input fields: DIRECT and INDIRECT), parsed and stored ({@code OpenLineageEventParser} +
 * {@code JdbiLineageStore.record}, in process, {@code --threads} at once) over {@code --jobs}
 * distinct jobs (so most events re-report known edges: the upsert path); events/s, against the same
 * events only parsed as JSON.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.pactum.bench.lineage.LineageGraphBench}.
 */
public final class LineageGraphBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Path dir = Files.createTempDirectory("pactum-lineagebench");
    progress(
        "%d cores, max heap %d MiB, folder %s",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, dir);
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.resolve("pgdata"))
            .setCleanDataDirectory(true)
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_wal_size", "4GB")
            .start()) {
      // pooled, as the server's store is (a new connection per query would cost more than one)
      org.apache.tomcat.jdbc.pool.DataSource ds = BenchPool.of(pg, o.threads + 1);
      Flyway.configure()
          .dataSource(ds)
          .schemas("lineage")
          .createSchemas(true)
          .locations("classpath:db/lineage")
          .load()
          .migrate();
      Jdbi jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin());
      generate(jdbi, o);
      queries(jdbi, o);
      ingest(jdbi, o);
      ds.close();
    } finally {
      deleteTree(dir);
    }
  }

  // ---- graph ---------------------------------------------------------------------------------

  private static void generate(Jdbi jdbi, Options o) {
    long t0 = System.nanoTime();
    int perLayer = o.perLayer;
    jdbi.useHandle(
        h -> {
          h.execute(
              """
              insert into lineage.dataset (id, namespace, name, first_seen, last_seen)
              select d, 'bench', 'layer' || (d / :per) || '.t' || (d % :per), now(), now()
              from generate_series(0, :n - 1) d
              """
                  .replace(":per", Integer.toString(perLayer))
                  .replace(":n", Integer.toString(perLayer * o.layers)));
          h.execute(
              """
              insert into lineage.dataset_column (id, dataset_id, name, first_seen, last_seen)
              select d * 20 + c, d, 'c' || c, now(), now()
              from generate_series(0, :n - 1) d, generate_series(0, 19) c
              """
                  .replace(":n", Integer.toString(perLayer * o.layers)));
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
                  .replace(":edges", Integer.toString(o.edges)));
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
    progress(
        "graph: %,d datasets, %,d columns, %,d column edges, generated in %.1f s",
        count(jdbi, "lineage.dataset"), columns, edges, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Vacuums a table until its visibility map covers it (a vacuum right after a bulk load can leave
   * pages unmarked, and every index-only scan of the walk then fetches heap tuples), and prints it.
   */
  private static void allVisible(org.jdbi.v3.core.Handle h, String table) {
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
      progress(
          "vacuum %d of lineage.%s: %,d of %,d pages all-visible", round, table, visible, pages);
    }
  }

  private static long count(Jdbi jdbi, String table) {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }

  // ---- queries -------------------------------------------------------------------------------

  private static void queries(Jdbi jdbi, Options o) {
    JdbiLineageStore store = new JdbiLineageStore(jdbi);
    Random random = new Random(42);
    int n = o.queries;
    long[] baseline = new long[n];
    long[] walk = new long[n];
    long[] api = new long[n];
    long[] columnsOnly = new long[n];
    long[] firstPage = new long[n];
    long[] apiKey = new long[n / 2];
    long[] apiPlain = new long[n - n / 2];
    long nodes = 0;
    long maxNodes = 0;
    long edgesReturned = 0;
    for (int warm = 0; warm < 20; warm++) {
      complete(store, start(random, o, warm % 2 == 0), o.depth);
    }
    int k = 0;
    int p = 0;
    for (int i = 0; i < n; i++) {
      boolean key = i % 2 == 0;
      ColumnRef col = start(random, o, key);
      long t = System.nanoTime();
      long id =
          jdbi.withExtension(
                  LineageDao.class,
                  d -> d.columnId(col.dataset().namespace(), col.dataset().name(), col.column()))
              .orElseThrow();
      baseline[i] = System.nanoTime() - t;
      t = System.nanoTime();
      int walked = jdbi.withExtension(GraphDao.class, g -> g.downstream(id, o.depth, null)).size();
      walk[i] = System.nanoTime() - t;
      t = System.nanoTime();
      ColumnGraph reached =
          store.columnGraph(col, Direction.DOWN, o.depth, null, EdgePage.NONE).orElseThrow();
      columnsOnly[i] = System.nanoTime() - t;
      t = System.nanoTime();
      ColumnGraph page =
          store
              .columnGraph(
                  col, Direction.DOWN, o.depth, null, EdgePage.first(EdgePage.DEFAULT_LIMIT))
              .orElseThrow();
      firstPage[i] = System.nanoTime() - t;
      t = System.nanoTime();
      ColumnGraph g = complete(store, col, o.depth);
      api[i] = System.nanoTime() - t;
      if (!reached.nodes().equals(g.nodes()) || !page.nodes().equals(g.nodes())) {
        throw new IllegalStateException("edges=false reached other columns");
      }
      if (key) {
        apiKey[k++] = api[i];
      } else {
        apiPlain[p++] = api[i];
      }
      if (walked != g.nodes().size()) {
        throw new IllegalStateException(
            "walk and API disagree: " + walked + " vs " + g.nodes().size());
      }
      nodes += g.nodes().size();
      maxNodes = Math.max(maxNodes, g.nodes().size());
      edgesReturned += g.edges().size();
    }
    double base = pct(baseline, 50);
    progress(
        "downstream to depth %d from %d layer-0 columns (half key columns): mean %,d columns"
            + " reached (max %,d), mean %,d edges returned",
        o.depth, n, nodes / n, maxNodes, edgesReturned / n);
    line("baseline: indexed column lookup", baseline, base);
    line("walk only (recursive CTE, named)", walk, base);
    line("columnGraph, columns only", columnsOnly, base);
    line("columnGraph, API default (<= 5,000 edges)", firstPage, base);
    line("columnGraph, every edge", api, base);
    line("  from key columns (wide)", apiKey, base);
    line("  from plain columns (narrow)", apiPlain, base);
    double p99 = pct(api, 99) / 1e6;
    double p99Columns = pct(columnsOnly, 99) / 1e6;
    double p99Page = pct(firstPage, 99) / 1e6;
    progress(
        "TARGET p99 < 100 ms: the columns downstream (edges=false) p99 = %.1f ms -> %s; the API's"
            + " default answer (first page of edges) p99 = %.1f ms -> %s; every edge p99 = %.1f ms"
            + " -> %s",
        p99Columns,
        p99Columns < 100 ? "MET" : "NOT MET",
        p99Page,
        p99Page < 100 ? "MET" : "NOT MET",
        p99,
        p99 < 100 ? "MET" : "NOT MET");
  }

  /** The whole graph: the columns and every edge among them, page after page of the largest. */
  private static ColumnGraph complete(JdbiLineageStore store, ColumnRef col, int depth) {
    ColumnGraph g =
        store
            .columnGraph(col, Direction.DOWN, depth, null, EdgePage.first(EdgePage.MAX_LIMIT))
            .orElseThrow();
    List<LineageEdge> edges = new ArrayList<>(g.edges());
    EdgeCursor next = g.nextEdges();
    while (next != null) {
      ColumnGraph more =
          store
              .columnGraph(col, Direction.DOWN, depth, null, new EdgePage(EdgePage.MAX_LIMIT, next))
              .orElseThrow();
      edges.addAll(more.edges());
      next = more.nextEdges();
    }
    return new ColumnGraph(col, Direction.DOWN, depth, g.nodes(), edges);
  }

  private static ColumnRef start(Random random, Options o, boolean key) {
    int dataset = random.nextInt(o.perLayer);
    int column = key ? random.nextInt(4) : 4 + random.nextInt(16);
    return ColumnRef.of("bench", "layer0.t" + dataset, "c" + column);
  }

  private static void line(String what, long[] nanos, double baseline) {
    progress(
        "  %-34s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms   p50 %6.1fx baseline, p99 %6.1fx",
        what,
        pct(nanos, 50) / 1e6,
        pct(nanos, 99) / 1e6,
        pct(nanos, 100) / 1e6,
        pct(nanos, 50) / baseline,
        pct(nanos, 99) / baseline);
  }

  private static double pct(long[] values, int percentile) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  // ---- ingest --------------------------------------------------------------------------------

  static String event(int job, int run) {
    StringBuilder fields = new StringBuilder();
    StringBuilder schema = new StringBuilder();
    for (int c = 0; c < 50; c++) {
      if (c > 0) {
        fields.append(',');
        schema.append(',');
      }
      schema.append("{\"name\":\"in").append(c).append("\",\"type\":\"text\"}");
      fields
          .append("\"out")
          .append(c)
          .append("\":{\"inputFields\":[")
          .append("{\"namespace\":\"bench\",\"name\":\"src.t")
          .append(job)
          .append("\",\"field\":\"in")
          .append(c)
          .append(
              "\",\"transformations\":[{\"type\":\"DIRECT\",\"subtype\":\"TRANSFORMATION\",\"masking\":false}]},")
          .append("{\"namespace\":\"bench\",\"name\":\"src.t")
          .append(job)
          .append("\",\"field\":\"in")
          .append((c + 1) % 50)
          .append("\",\"transformations\":[{\"type\":\"INDIRECT\",\"subtype\":\"FILTER\"}]}]}");
    }
    return "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-01-01T00:00:00."
        + String.format(Locale.ROOT, "%03d", run % 1000)
        + "Z\",\"producer\":\"https://pactum/bench\","
        + "\"run\":{\"runId\":\""
        + new java.util.UUID(job, run)
        + "\"},"
        + "\"job\":{\"namespace\":\"bench\",\"name\":\"ingest"
        + job
        + "\"},"
        + "\"inputs\":[{\"namespace\":\"bench\",\"name\":\"src.t"
        + job
        + "\",\"facets\":{\"schema\":{\"fields\":["
        + schema
        + "]}}}],"
        + "\"outputs\":[{\"namespace\":\"bench\",\"name\":\"dst.t"
        + job
        + "\",\"facets\":{\"columnLineage\":{\"fields\":{"
        + fields
        + "}}}}]}";
  }

  private static void ingest(Jdbi jdbi, Options o) throws Exception {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < o.events; i++) {
      events.add(event(i % o.jobs, i));
    }
    OpenLineageEventParser parser = new OpenLineageEventParser(ns -> ns);
    JdbiLineageStore store = new JdbiLineageStore(jdbi);
    for (int i = 0; i < Math.min(200, events.size()); i++) {
      store.record(parser.parse(JSON.readTree(events.get(i)))); // warm-up (and first inserts)
    }
    double parseOnly = rate(events, o.threads, e -> JSON.readTree(e));
    double full =
        rate(
            events,
            o.threads,
            e -> {
              JsonNode n = JSON.readTree(e);
              store.record(parser.parse(n));
              return n;
            });
    progress(
        "ingest: %,d RunEvents (50-column columnLineage facet, 100 column edges each), %d"
            + " threads, %d distinct jobs",
        events.size(), o.threads, o.jobs);
    progress("  baseline: JSON parse only        %,10.0f events/s", parseOnly);
    progress(
        "  parse + validate + store         %,10.0f events/s  (%.1fx the baseline's cost)",
        full, parseOnly / full);
  }

  private interface Work {
    Object apply(String event) throws Exception;
  }

  private static double rate(List<String> events, int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < events.size()) {
                  work.apply(events.get(i));
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return events.size() / ((System.nanoTime() - t0) / 1e9);
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private static void progress(String format, Object... args) {
    System.out.println(
        String.format(Locale.ROOT, "[%tT] ", System.currentTimeMillis())
            + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private record Options(
      int perLayer,
      int layers,
      int edges,
      int depth,
      int queries,
      int events,
      int jobs,
      int threads) {
    static Options parse(String[] args) {
      int perLayer = 100;
      int layers = 50;
      int edges = 1_000_000;
      int depth = 10;
      int queries = 200;
      int events = 3000;
      int jobs = 500;
      int threads = 2;
      for (int i = 0; i < args.length; i += 2) {
        int v = Integer.parseInt(args[i + 1].replace("_", ""));
        switch (args[i]) {
          case "--datasets-per-layer" -> perLayer = v;
          case "--layers" -> layers = v;
          case "--edges" -> edges = v;
          case "--depth" -> depth = v;
          case "--queries" -> queries = v;
          case "--events" -> events = v;
          case "--jobs" -> jobs = v;
          case "--threads" -> threads = v;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(perLayer, layers, edges, depth, queries, events, jobs, threads);
    }
  }
}
