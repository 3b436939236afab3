package org.pactum.bench.lineage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.bench.BenchPool;
import org.pactum.bench.BenchPostgres;
import org.pactum.bench.Progress;
import org.pactum.bench.TempDirs;

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
 *
 * <p>The phases: {@link LineageGraphGenerator}, {@link ColumnGraphQueries}, {@link
 * OpenLineageIngest}; options in {@link LineageBenchOptions}.
 */
public final class LineageGraphBench {
  private LineageGraphBench() {}

  public static void main(String[] args) throws Exception {
    LineageBenchOptions o = LineageBenchOptions.parse(args);
    Path dir = Files.createTempDirectory("pactum-lineagebench");
    Progress.print(
        "%d cores, max heap %d MiB, folder %s",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, dir);
    try (EmbeddedPostgres pg = BenchPostgres.builder(dir.resolve("pgdata")).start()) {
      // pooled, as the server's store is (a new connection per query would cost more than one)
      DataSource ds = BenchPool.of(pg, o.threads() + 1);
      Flyway.configure()
          .dataSource(ds)
          .schemas("lineage")
          .createSchemas(true)
          .locations("classpath:db/lineage")
          .load()
          .migrate();
      Jdbi jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin());
      LineageGraphGenerator.generate(jdbi, o);
      ColumnGraphQueries.run(jdbi, o);
      OpenLineageIngest.run(jdbi, o);
      ds.close();
    } finally {
      TempDirs.deleteTree(dir);
    }
  }
}
