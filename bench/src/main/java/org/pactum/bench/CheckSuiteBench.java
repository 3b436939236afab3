package org.pactum.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.run.CheckEngine;
import org.pactum.checks.run.RunResult;
import org.pactum.contracts.model.DataContract;
import org.pactum.testsupport.DuckDbDataSource;

/**
 * Macro benchmark of the check engine's compiled suite: a 12-column table of N rows (default 10
 * million) and a contract of 25 checks, on the embedded PostgreSQL and on DuckDB over a Parquet
 * file. Four sides timed in alternating rounds, in the same run:
 *
 * <ol>
 *   <li>(a) {@code CheckEngine.run} of the contract (compile, probe, fused scan + separate
 *       statements, judging, writing the result log);
 *   <li>(b) a bare {@code select count(*)} — the floor;
 *   <li>(c) the same checks, one hand-written statement per check;
 *   <li>(d) the plan an expert would write by hand (fixed SQL): on PostgreSQL one parallel fused
 *       aggregate without {@code count(distinct)}, the near-unique id's distinct count by a sort
 *       and the customer ids' by a parallel {@code group by} (the other combinations are timed too,
 *       as d1 and d2); on DuckDB everything in one statement.
 * </ol>
 *
 * Targets: (a) ≤ 1.15 × (d) and (c) ≥ 2 × (a). Also the JVM's heap during (a): it must not grow
 * with the row count (compare two {@code --rows}). Run: {@code java -cp bench/target/benchmarks.jar
 * org.pactum.bench.CheckSuiteBench [--rows 10000000] [--reps 3] [--warmup 1] [--db pg,duckdb]}.
 *
 * <p>The parts: {@link OrdersGenerator} (the data), {@link OrdersContract}, {@link
 * OrdersStatements} (the hand-written SQL of (b)–(d)), {@link CheckSuiteSides}, {@link
 * StatementTimer}, {@link HeapSampler}, {@link SuiteTimings} (the summary), {@link
 * EnginePlanPrinter}, {@link DuckDbDataSource}; options in {@link CheckSuiteOptions}.
 */
public final class CheckSuiteBench {

  private final CheckSuiteOptions options;
  private final Path dir;
  private final List<String> summary = new ArrayList<>();
  private final StatementTimer timer = new StatementTimer();

  private CheckSuiteBench(CheckSuiteOptions options, Path dir) {
    this.options = options;
    this.dir = dir;
  }

  public static void main(String[] args) throws Exception {
    CheckSuiteOptions options = CheckSuiteOptions.parse(args);
    Path dir = Files.createTempDirectory("pactum-checkbench");
    CheckSuiteBench bench = new CheckSuiteBench(options, dir);
    Progress.print(
        "rows %,d, %d warm-up + %d measured rounds, %d cores, max heap %d MiB, folder %s",
        options.rows,
        options.warmup,
        options.reps,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        dir);
    Progress.print(
        "starting the embedded PostgreSQL (warehouse for the PostgreSQL side, result log for both)");
    EmbeddedPostgres.Builder builder = BenchPostgres.builder(dir.resolve("pgdata"));
    options.pgSettings.forEach(builder::setServerConfig);
    try (EmbeddedPostgres pg = builder.start()) {
      DataSource ds = pg.getPostgresDatabase();
      Flyway.configure()
          .dataSource(ds)
          .schemas("checks")
          .createSchemas(true)
          .locations("classpath:db/checks")
          .load()
          .migrate();
      JdbiCheckStore store =
          new JdbiCheckStore(Jdbi.create(ds).installPlugin(new SqlObjectPlugin()));
      if (options.dbs.contains("pg")) {
        bench.postgres(ds, store);
      }
      if (options.dbs.contains("duckdb")) {
        bench.duckdb(store);
      }
      System.out.println();
      System.out.println(
          "==== summary (" + String.format(Locale.ROOT, "%,d", options.rows) + " rows)");
      bench.summary.forEach(System.out::println);
    } finally {
      if (!options.keep) {
        TempDirs.deleteTree(dir);
      }
    }
  }

  // ----------------------------------------------------------------------------------- PostgreSQL

  private void postgres(DataSource ds, JdbiCheckStore store) throws Exception {
    {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("select version()")) {
          rs.next();
          Progress.print("%s", rs.getString(1));
        }
        for (String setting :
            List.of(
                "max_parallel_workers_per_gather",
                "max_parallel_workers",
                "max_worker_processes",
                "shared_buffers",
                "work_mem",
                "jit")) {
          try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            Progress.print("  %s = %s", setting, rs.getString(1));
          }
        }
        OrdersGenerator.postgres(s, options.rows);
      }
      DataContract contract = OrdersContract.write(dir, "pg", "warehouse", "public.orders");
      CheckSuiteSides sides =
          new CheckSuiteSides(
              "PostgreSQL",
              ds,
              "select count(*) from public.orders",
              OrdersStatements.perCheckSql("public.orders", false),
              OrdersStatements.postgresExpertBest("public.orders"));
      if (options.extras) {
        // informative: the expert's other options for the two distinct counts
        sides.extra.put(
            "d1 expert, both count(distinct) in one serial statement",
            OrdersStatements.postgresExpert("public.orders"));
        sides.extra.put(
            "d2 expert, both as parallel group by",
            OrdersStatements.postgresExpertGroupBy("public.orders"));
      }
      try (CheckEngine engine =
          new CheckEngine(
              store,
              store,
              name -> "warehouse".equals(name) ? ds : null,
              Clock.systemUTC(),
              EngineSettings.DEFAULTS)) {
        measure(sides, engine, contract, true);
      }
    }
  }

  // --------------------------------------------------------------------------------------- DuckDB

  private void duckdb(JdbiCheckStore store) throws Exception {
    Path parquet = dir.resolve("orders.parquet");
    try (DuckDbDataSource ds = new DuckDbDataSource()) {
      long t0 = System.nanoTime();
      Progress.print("DuckDB: writing %,d rows to %s", options.rows, parquet);
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("select version(), current_setting('threads')")) {
          rs.next();
          Progress.print("  DuckDB %s, threads = %s", rs.getString(1), rs.getString(2));
        }
        OrdersGenerator.parquet(s, options.rows, parquet);
      }
      Progress.print(
          "  %s: %,d bytes (%.1f s)",
          parquet.getFileName(), Files.size(parquet), Seconds.since(t0));
      String table = "read_parquet('" + parquet + "')";
      DataContract contract = OrdersContract.write(dir, "duckdb", "lake", table);
      CheckSuiteSides sides =
          new CheckSuiteSides(
              "DuckDB (Parquet)",
              ds,
              "select count(*) from " + table,
              OrdersStatements.perCheckSql(table, true),
              List.of(OrdersStatements.expertFused(table, true, true)));
      try (CheckEngine engine =
          new CheckEngine(
              store,
              store,
              name -> "lake".equals(name) ? ds : null,
              Clock.systemUTC(),
              EngineSettings.DEFAULTS)) {
        measure(sides, engine, contract, false);
      }
    }
  }

  // ------------------------------------------------------------------------------- measuring

  private void measure(
      CheckSuiteSides sides, CheckEngine engine, DataContract contract, boolean postgres)
      throws Exception {
    System.out.println();
    System.out.println("==== " + sides.db);
    // one run first: correctness, the plan and (PostgreSQL) whether the statements run parallel
    RunResult first = engine.run(new RunRequest(null, contract, 1, Trigger.BENCH, null, Map.of()));
    EnginePlanPrinter.describe(first);
    if (postgres) {
      EnginePlanPrinter.explain(sides.ds, first);
      EnginePlanPrinter.explainSql(sides.ds, "expert fused", sides.expert.get(0));
    }
    SuiteTimings timings = new SuiteTimings(sides.extra.keySet());
    HeapSampler heap = new HeapSampler();
    for (int round = -options.warmup; round < options.reps; round++) {
      boolean measured = round >= 0;
      String label = measured ? "round " + (round + 1) : "warm-up " + (round + options.warmup + 1);
      // every other round runs the expert's plan first, so load that comes and goes on a shared
      // machine does not always fall on the same side
      boolean expertFirst = (round + options.warmup) % 2 == 1;
      double td = expertFirst ? timer.time(sides.ds, sides.expert) : 0;
      System.gc();
      long alloc0 = HeapSampler.allocatedBytes();
      heap.start();
      long t0 = System.nanoTime();
      RunResult r = engine.run(new RunRequest(null, contract, 1, Trigger.BENCH, null, Map.of()));
      double ta = Seconds.since(t0);
      long peak = heap.stop();
      long allocated = HeapSampler.allocatedBytes() - alloc0;
      if (r.status() != Status.PASS) {
        Progress.print("  WARNING: run status %s (%s)", r.status(), r.run().error());
      }
      if (!expertFirst) {
        td = timer.time(sides.ds, sides.expert);
      }
      double tb = timer.time(sides.ds, List.of(sides.countSql));
      double tc = timer.time(sides.ds, sides.perCheck);
      StringBuilder more = new StringBuilder();
      for (Map.Entry<String, List<String>> e : sides.extra.entrySet()) {
        double tx = timer.time(sides.ds, e.getValue());
        more.append(String.format(Locale.ROOT, "  %s %.2f s", e.getKey().substring(0, 2), tx));
        if (measured) {
          timings.addExtra(e.getKey(), tx);
        }
      }
      Progress.print(
          "  %-9s (a) %.2f s  (b) %.2f s  (c) %.2f s  (d) %.2f s%s  | heap peak %,d KiB, allocated by (a) %,d KiB",
          label, ta, tb, tc, td, more, peak >> 10, allocated >> 10);
      if (measured) {
        timings.add(ta, tb, tc, td, peak, allocated);
      }
    }
    EnginePlanPrinter.runBare(sides.ds, first);
    List<String> lines = timings.summary(sides.db, options.reps);
    lines.forEach(System.out::println);
    summary.addAll(lines);
    timer.printMediansAndClear();
  }
}
