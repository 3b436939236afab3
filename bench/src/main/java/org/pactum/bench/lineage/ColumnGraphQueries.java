package org.pactum.bench.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.pactum.bench.Percentiles;
import org.pactum.bench.Progress;
import org.pactum.lineage.core.ColumnGraph;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.Direction;
import org.pactum.lineage.core.EdgeCursor;
import org.pactum.lineage.core.EdgePage;
import org.pactum.lineage.core.LineageEdge;
import org.pactum.lineage.db.GraphDao;
import org.pactum.lineage.db.JdbiLineageStore;
import org.pactum.lineage.db.LineageDao;

/**
 * {@link LineageGraphBench}'s query phase: {@code columnGraph(col, DOWN, depth)} from random
 * layer-0 columns (columns only, the API's first page, every edge; the walk alone), each timed
 * against a one-row indexed lookup, printed as p50/p99/max and ratios, with the p99 verdicts.
 */
final class ColumnGraphQueries {
  private ColumnGraphQueries() {}

  static void run(Jdbi jdbi, LineageBenchOptions o) {
    JdbiLineageStore store = new JdbiLineageStore(jdbi);
    Random random = new Random(42);
    int n = o.queries();
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
      complete(store, start(random, o, warm % 2 == 0), o.depth());
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
      int walked =
          jdbi.withExtension(GraphDao.class, g -> g.downstream(id, o.depth(), null)).size();
      walk[i] = System.nanoTime() - t;
      t = System.nanoTime();
      ColumnGraph reached =
          store.columnGraph(col, Direction.DOWN, o.depth(), null, EdgePage.NONE).orElseThrow();
      columnsOnly[i] = System.nanoTime() - t;
      t = System.nanoTime();
      ColumnGraph page =
          store
              .columnGraph(
                  col, Direction.DOWN, o.depth(), null, EdgePage.first(EdgePage.DEFAULT_LIMIT))
              .orElseThrow();
      firstPage[i] = System.nanoTime() - t;
      t = System.nanoTime();
      ColumnGraph g = complete(store, col, o.depth());
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
    double base = Percentiles.of(baseline, 50);
    Progress.print(
        "downstream to depth %d from %d layer-0 columns (half key columns): mean %,d columns"
            + " reached (max %,d), mean %,d edges returned",
        o.depth(), n, nodes / n, maxNodes, edgesReturned / n);
    line("baseline: indexed column lookup", baseline, base);
    line("walk only (recursive CTE, named)", walk, base);
    line("columnGraph, columns only", columnsOnly, base);
    line("columnGraph, API default (<= 5,000 edges)", firstPage, base);
    line("columnGraph, every edge", api, base);
    line("  from key columns (wide)", apiKey, base);
    line("  from plain columns (narrow)", apiPlain, base);
    double p99 = Percentiles.of(api, 99) / 1e6;
    double p99Columns = Percentiles.of(columnsOnly, 99) / 1e6;
    double p99Page = Percentiles.of(firstPage, 99) / 1e6;
    Progress.print(
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

  private static ColumnRef start(Random random, LineageBenchOptions o, boolean key) {
    int dataset = random.nextInt(o.perLayer());
    int column = key ? random.nextInt(4) : 4 + random.nextInt(16);
    return ColumnRef.of("bench", "layer0.t" + dataset, "c" + column);
  }

  private static void line(String what, long[] nanos, double baseline) {
    Progress.print(
        "  %-34s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms   p50 %6.1fx baseline, p99 %6.1fx",
        what,
        Percentiles.of(nanos, 50) / 1e6,
        Percentiles.of(nanos, 99) / 1e6,
        Percentiles.of(nanos, 100) / 1e6,
        Percentiles.of(nanos, 50) / baseline,
        Percentiles.of(nanos, 99) / baseline);
  }
}
