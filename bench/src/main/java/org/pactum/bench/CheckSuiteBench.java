package org.pactum.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.checks.core.CheckEngine;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.CheckRunResult;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.PlannedQuery;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.model.DataContract;

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
 */
public final class CheckSuiteBench {

  private static final double TARGET_A_OVER_D = 1.15;
  private static final double TARGET_C_OVER_A = 2.0;
  private static final String EMAIL_RE = "^[^@\\s]+@[^@\\s]+$";
  private static final String SKU_RE = "^SKU-[0-9]{6}$";

  private final Options options;
  private final Path dir;
  private final List<String> summary = new ArrayList<>();
  private final Map<String, List<Double>> perStatement = new LinkedHashMap<>();

  private CheckSuiteBench(Options options, Path dir) {
    this.options = options;
    this.dir = dir;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path dir = Files.createTempDirectory("pactum-checkbench");
    CheckSuiteBench bench = new CheckSuiteBench(options, dir);
    progress(
        "rows %,d, %d warm-up + %d measured rounds, %d cores, max heap %d MiB, folder %s",
        options.rows,
        options.warmup,
        options.reps,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        dir);
    progress(
        "starting the embedded PostgreSQL (warehouse for the PostgreSQL side, result log for both)");
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.resolve("pgdata"))
            .setCleanDataDirectory(true)
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_wal_size", "4GB");
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
        deleteTree(dir);
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
          progress("%s", rs.getString(1));
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
            progress("  %s = %s", setting, rs.getString(1));
          }
        }
        generatePostgres(s);
      }
      DataContract contract = writeContract("pg", "warehouse", "public.orders");
      Sides sides =
          new Sides(
              "PostgreSQL",
              ds,
              "select count(*) from public.orders",
              perCheckSql("public.orders", false),
              postgresExpertBest("public.orders"));
      // informative: the expert's other options for the two distinct counts
      sides.extra.put(
          "d1 expert, both count(distinct) in one serial statement",
          postgresExpert("public.orders"));
      sides.extra.put(
          "d2 expert, both as parallel group by", postgresExpertGroupBy("public.orders"));
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

  private void generatePostgres(Statement s) throws SQLException {
    s.execute(
        "create table public.orders ("
            + "id bigint not null, customer_id text not null, email text, status text not null,"
            + " currency text not null, amount numeric(12,2) not null, quantity integer not null,"
            + " discount double precision, coupon_code text, sku text not null,"
            + " placed_at timestamptz not null, loaded_at timestamptz not null)");
    long chunk = 1_000_000;
    long t0 = System.nanoTime();
    for (long from = 1; from <= options.rows; from += chunk) {
      long to = Math.min(options.rows, from + chunk - 1);
      s.execute(
          "insert into public.orders select"
              + " i,"
              + " 'C' || ((i * 7919) % 500000),"
              + " case when i % 10 = 0 then null else 'user' || i || '@example.com' end,"
              + " (array['PLACED','PAID','SHIPPED','CANCELLED'])[1 + (i % 4)::int],"
              + " (array['EUR','USD','GBP','CHF'])[1 + ((i / 3) % 4)::int],"
              + " (((i * 37) % 100000) / 100.0)::numeric(12,2),"
              + " (1 + i % 20)::int,"
              + " case when i % 5 = 0 then null else (i % 50) / 100.0 end,"
              + " case when i % 4 = 0 then 'CP' || (i % 1000) else null end,"
              + " 'SKU-' || lpad((i % 1000000)::text, 6, '0'),"
              + " timestamptz '2024-01-01 00:00:00+00' + (i % 60000000) * interval '1 second',"
              + " now() - (i % 3600) * interval '1 second'"
              + " from generate_series("
              + from
              + "::bigint, "
              + to
              + "::bigint) as g(i)");
      progress("  generated %,d / %,d rows (%.1f s)", to, options.rows, secondsSince(t0));
    }
    s.execute("analyze public.orders");
    try (ResultSet rs =
        s.executeQuery(
            "select pg_size_pretty(pg_total_relation_size('public.orders')),"
                + " (select relpages from pg_class where oid = 'public.orders'::regclass)")) {
      rs.next();
      progress(
          "  table public.orders: %s, %,d pages (%.1f s with analyze)",
          rs.getString(1), rs.getLong(2), secondsSince(t0));
    }
  }

  /** (d1) on PostgreSQL: the parallel fused aggregate, then the distinct counts on their own. */
  private static List<String> postgresExpert(String t) {
    return List.of(
        expertFused(t, false, false),
        "select count(distinct id), count(distinct customer_id) from " + t);
  }

  /**
   * (d) on PostgreSQL, the best of the expert's options: the fused aggregate; the near-unique
   * {@code id} by one sort ({@code count(distinct)}: a hash aggregate of 10M groups spills); the
   * 500k {@code customer_id} values by a parallel hash aggregate.
   */
  private static List<String> postgresExpertBest(String t) {
    return List.of(
        expertFused(t, false, false),
        "select count(distinct id) from " + t,
        "select count(*) from (select customer_id from " + t + " group by customer_id) x");
  }

  /** (d2) on PostgreSQL: the fused aggregate, both distinct counts as parallel hash aggregates. */
  private static List<String> postgresExpertGroupBy(String t) {
    return List.of(
        expertFused(t, false, false),
        "select count(*) from (select id from " + t + " group by id) x",
        "select count(*) from (select customer_id from " + t + " group by customer_id) x");
  }

  // --------------------------------------------------------------------------------------- DuckDB

  private void duckdb(JdbiCheckStore store) throws Exception {
    Path parquet = dir.resolve("orders.parquet");
    try (DuckDbDataSource ds = new DuckDbDataSource()) {
      long t0 = System.nanoTime();
      progress("DuckDB: writing %,d rows to %s", options.rows, parquet);
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("select version(), current_setting('threads')")) {
          rs.next();
          progress("  DuckDB %s, threads = %s", rs.getString(1), rs.getString(2));
        }
        s.execute(
            "copy (select"
                + " i as id,"
                + " 'C' || ((i * 7919) % 500000) as customer_id,"
                + " case when i % 10 = 0 then null else 'user' || i || '@example.com' end as email,"
                + " (['PLACED','PAID','SHIPPED','CANCELLED'])[1 + (i % 4)] as status,"
                + " (['EUR','USD','GBP','CHF'])[1 + ((i // 3) % 4)] as currency,"
                + " (((i * 37) % 100000) / 100.0)::decimal(12,2) as amount,"
                + " (1 + i % 20)::integer as quantity,"
                + " case when i % 5 = 0 then null else (i % 50) / 100.0 end::double as discount,"
                + " case when i % 4 = 0 then 'CP' || (i % 1000) else null end as coupon_code,"
                + " 'SKU-' || lpad((i % 1000000)::varchar, 6, '0') as sku,"
                + " timestamptz '2024-01-01 00:00:00+00' + to_seconds(i % 60000000) as placed_at,"
                + " now() - to_seconds(i % 3600) as loaded_at"
                + " from range(1, "
                + (options.rows + 1)
                + ") t(i)) to '"
                + parquet
                + "' (format parquet)");
      }
      progress(
          "  %s: %,d bytes (%.1f s)", parquet.getFileName(), Files.size(parquet), secondsSince(t0));
      String table = "read_parquet('" + parquet + "')";
      DataContract contract = writeContract("duckdb", "lake", table);
      Sides sides =
          new Sides(
              "DuckDB (Parquet)",
              ds,
              "select count(*) from " + table,
              perCheckSql(table, true),
              List.of(expertFused(table, true, true)));
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

  // ------------------------------------------------------------------------------------ the SQL

  /** (c): one statement per check, as someone would write them by hand. */
  private static List<String> perCheckSql(String t, boolean duck) {
    String emailBad =
        duck ? "not regexp_matches(email, '" + EMAIL_RE + "')" : "email !~ '" + EMAIL_RE + "'";
    String skuBad = duck ? "not regexp_matches(sku, '" + SKU_RE + "')" : "sku !~ '" + SKU_RE + "'";
    return List.of(
        "select count(*) from " + t,
        "select count(*) from " + t + " where id is null",
        "select count(*) from " + t + " where customer_id is null",
        "select count(*) from " + t + " where amount is null",
        "select count(*) from " + t + " where placed_at is null",
        "select count(id) - count(distinct id) from " + t,
        "select count(*) from " + t + " where amount < 0 or amount > 100000",
        "select count(*) from " + t + " where quantity < 1 or quantity > 100",
        "select count(*) from " + t + " where placed_at < timestamptz '2015-01-01 00:00:00+00'",
        "select count(*) from "
            + t
            + " where status not in ('PLACED','PAID','SHIPPED','CANCELLED')",
        "select count(*) from " + t + " where currency not in ('EUR','USD','GBP','CHF')",
        "select count(*) from " + t + " where " + emailBad,
        "select count(*) from " + t + " where " + skuBad,
        "select avg(case when coupon_code is null then 1.0 else 0.0 end) from " + t,
        "select avg(case when discount is null then 1.0 else 0.0 end) from " + t,
        "select avg(amount) from " + t,
        "select min(amount) from " + t,
        "select max(amount) from " + t,
        "select stddev_samp(amount) from " + t,
        "select sum(amount) from " + t,
        "select avg(char_length(email)) from " + t,
        "select max(loaded_at) from " + t,
        "select count(distinct customer_id) from " + t,
        "select count(*) from " + t + " where placed_at > now()",
        "select avg(quantity) from " + t);
  }

  /** The expert's single fused aggregate (with the distinct counts only when {@code distinct}). */
  private static String expertFused(String t, boolean duck, boolean distinct) {
    String emailBad =
        duck ? "not regexp_matches(email, '" + EMAIL_RE + "')" : "email !~ '" + EMAIL_RE + "'";
    String skuBad = duck ? "not regexp_matches(sku, '" + SKU_RE + "')" : "sku !~ '" + SKU_RE + "'";
    return "select count(*),"
        + " count(*) filter (where id is null),"
        + " count(*) filter (where customer_id is null),"
        + " count(*) filter (where amount is null),"
        + " count(*) filter (where placed_at is null),"
        + " count(id),"
        + (distinct ? " count(distinct id), count(distinct customer_id)," : "")
        + " count(*) filter (where amount < 0 or amount > 100000),"
        + " count(*) filter (where quantity < 1 or quantity > 100),"
        + " count(*) filter (where placed_at < timestamptz '2015-01-01 00:00:00+00'),"
        + " count(*) filter (where status not in ('PLACED','PAID','SHIPPED','CANCELLED')),"
        + " count(*) filter (where currency not in ('EUR','USD','GBP','CHF')),"
        + " count(*) filter (where "
        + emailBad
        + "),"
        + " count(*) filter (where "
        + skuBad
        + "),"
        + " count(*) filter (where coupon_code is null),"
        + " count(*) filter (where discount is null),"
        + " avg(amount), min(amount), max(amount), stddev_samp(amount), sum(amount),"
        + " avg(char_length(email)), max(loaded_at),"
        + " count(*) filter (where placed_at > now()), avg(quantity)"
        + " from "
        + t;
  }

  // ----------------------------------------------------------------------------- the contract

  private DataContract writeContract(String tag, String datasource, String table)
      throws IOException {
    Path folder = dir.resolve("contract-" + tag);
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("orders.avsc"),
        """
        {"type": "record", "name": "Order", "namespace": "bench.orders", "fields": [
          {"name": "id", "type": "long"},
          {"name": "customer_id", "type": "string"},
          {"name": "email", "type": ["null", "string"], "default": null},
          {"name": "status", "type": "string"},
          {"name": "currency", "type": "string"},
          {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
          {"name": "quantity", "type": "int"},
          {"name": "discount", "type": ["null", "double"], "default": null},
          {"name": "coupon_code", "type": ["null", "string"], "default": null},
          {"name": "sku", "type": "string"},
          {"name": "placed_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
          {"name": "loaded_at", "type": {"type": "long", "logicalType": "timestamp-millis"}}
        ]}
        """,
        StandardCharsets.UTF_8);
    String yaml =
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: bench.orders
        version: 1.0.0
        owner: {team: bench}
        schema: {format: avro, file: orders.avsc}
        dataset: {datasource: %s, table: "%s"}
        checks:
          - row_count: {min: 1}
          - not_null: [id, customer_id, amount, placed_at]
          - unique: [id]
          - range: {column: amount, min: 0, max: 100000}
          - range: {column: quantity, min: 1, max: 100}
          - range: {column: placed_at, min: 2015-01-01}
          - accepted_values: {column: status, values: [PLACED, PAID, SHIPPED, CANCELLED]}
          - accepted_values: {column: currency, values: [EUR, USD, GBP, CHF]}
          - regex: {column: email, pattern: '%s'}
          - regex: {column: sku, pattern: '%s'}
          - null_rate: {column: coupon_code, warn: 0.8, fail: 0.9}
          - null_rate: {column: discount, fail: 0.5}
          - mean: {column: amount, min: 1, max: 10000}
          - metric: {metric: min, column: amount, min: 0}
          - metric: {metric: max, column: amount, max: 100000}
          - stddev: {column: amount, max: 100000}
          - sum: {column: amount, min: 0}
          - avg_length: {column: email, min: 5, max: 100}
          - freshness: {column: loaded_at, max_age: 1d}
          - distinct_count: {column: customer_id, min: 1}
          - sql: {name: no_future_orders, query: "select count(*) from {table} where placed_at > now()", max: 0}
          - mean: {column: quantity, min: 1, max: 100}
        """
            .formatted(datasource, table.replace("\"", "\\\""), EMAIL_RE, SKU_RE);
    Path file = folder.resolve("orders.contract.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    LoadResult loaded = new ContractLoader().load(file);
    loaded.problems().forEach(p -> System.out.println("  contract: " + p.format()));
    DataContract contract =
        loaded
            .contract()
            .orElseThrow(() -> new IllegalStateException("the generated contract does not load"))
            .contract();
    progress("contract %s: %d checks", file, contract.checks().size());
    return contract;
  }

  // ------------------------------------------------------------------------------- measuring

  /** The four sides on one database. */
  private static final class Sides {
    final String db;
    final DataSource ds;
    final String countSql;
    final List<String> perCheck;
    final List<String> expert;
    final Map<String, List<String>> extra = new LinkedHashMap<>();

    Sides(String db, DataSource ds, String countSql, List<String> perCheck, List<String> expert) {
      this.db = db;
      this.ds = ds;
      this.countSql = countSql;
      this.perCheck = perCheck;
      this.expert = expert;
    }
  }

  private void measure(Sides sides, CheckEngine engine, DataContract contract, boolean postgres)
      throws Exception {
    System.out.println();
    System.out.println("==== " + sides.db);
    // one run first: correctness, the plan and (PostgreSQL) whether the statements run parallel
    CheckRunResult first = engine.run(new RunRequest(null, contract, 1, "bench", null, Map.of()));
    describe(first);
    if (postgres) {
      explain(sides.ds, first);
      explainSql(sides.ds, "expert fused", sides.expert.get(0));
    }
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    List<Double> d = new ArrayList<>();
    Map<String, List<Double>> extra = new LinkedHashMap<>();
    sides.extra.keySet().forEach(k -> extra.put(k, new ArrayList<>()));
    HeapSampler heap = new HeapSampler();
    long maxAllocated = 0;
    long maxPeak = 0;
    for (int round = -options.warmup; round < options.reps; round++) {
      boolean measured = round >= 0;
      String label = measured ? "round " + (round + 1) : "warm-up " + (round + options.warmup + 1);
      // every other round runs the expert's plan first, so load that comes and goes on a shared
      // machine does not always fall on the same side
      boolean expertFirst = (round + options.warmup) % 2 == 1;
      double td = expertFirst ? time(sides.ds, sides.expert) : 0;
      System.gc();
      long alloc0 = allocatedBytes();
      heap.start();
      long t0 = System.nanoTime();
      CheckRunResult r = engine.run(new RunRequest(null, contract, 1, "bench", null, Map.of()));
      double ta = secondsSince(t0);
      long peak = heap.stop();
      long allocated = allocatedBytes() - alloc0;
      if (r.status() != Status.PASS) {
        progress("  WARNING: run status %s (%s)", r.status(), r.error());
      }
      if (!expertFirst) {
        td = time(sides.ds, sides.expert);
      }
      double tb = time(sides.ds, List.of(sides.countSql));
      double tc = time(sides.ds, sides.perCheck);
      StringBuilder more = new StringBuilder();
      for (Map.Entry<String, List<String>> e : sides.extra.entrySet()) {
        double tx = time(sides.ds, e.getValue());
        more.append(String.format(Locale.ROOT, "  %s %.2f s", e.getKey().substring(0, 2), tx));
        if (measured) {
          extra.get(e.getKey()).add(tx);
        }
      }
      progress(
          "  %-9s (a) %.2f s  (b) %.2f s  (c) %.2f s  (d) %.2f s%s  | heap peak %,d KiB, allocated by (a) %,d KiB",
          label, ta, tb, tc, td, more, peak >> 10, allocated >> 10);
      if (measured) {
        a.add(ta);
        b.add(tb);
        c.add(tc);
        d.add(td);
        maxAllocated = Math.max(maxAllocated, allocated);
        maxPeak = Math.max(maxPeak, peak);
      }
    }
    if (first.plan() != null) {
      System.out.println("-- the engine's own statements run bare, once (seconds):");
      for (PlannedQuery q : first.plan().statements()) {
        try (Connection conn = sides.ds.getConnection();
            PreparedStatement ps = conn.prepareStatement(q.sql())) {
          for (int i = 0; i < q.params().size(); i++) {
            ps.setObject(i + 1, q.params().get(i));
          }
          long t0 = System.nanoTime();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
          System.out.printf(Locale.ROOT, "   %7.3f  %s%n", secondsSince(t0), q.kind());
        }
      }
    }
    double ma = median(a);
    double mb = median(b);
    double mc = median(c);
    double md = median(d);
    List<String> lines = new ArrayList<>();
    lines.add(sides.db + " — median of " + options.reps + " rounds (seconds):");
    lines.add(row("(a) Pactum CheckEngine.run, 25 checks", ma, a));
    lines.add(row("(b) select count(*)", mb, b));
    lines.add(row("(c) one query per check (25)", mc, c));
    lines.add(row("(d) expert hand-written plan", md, d));
    extra.forEach((k, v) -> lines.add(row("(" + k + ")", median(v), v)));
    lines.add(
        String.format(
            Locale.ROOT,
            "  a/d = %.3f  (target <= %.2f: %s)",
            ma / md,
            TARGET_A_OVER_D,
            ma / md <= TARGET_A_OVER_D ? "MET" : "MISSED"));
    lines.add(
        String.format(
            Locale.ROOT,
            "  c/a = %.3f  (target >= %.1f: %s)",
            mc / ma,
            TARGET_C_OVER_A,
            mc / ma >= TARGET_C_OVER_A ? "MET" : "MISSED"));
    lines.add(
        String.format(Locale.ROOT, "  a/b = %.2f  (the suite in bare count(*) scans)", ma / mb));
    lines.add(
        String.format(
            Locale.ROOT,
            "  JVM during (a): peak heap used %,d KiB (sampled every 5 ms; includes garbage),"
                + " allocated by the calling thread %,d KiB per run",
            maxPeak >> 10,
            maxAllocated >> 10));
    lines.add(
        String.format(
            Locale.ROOT,
            "  load average (1 min) at the end: %.2f",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    lines.forEach(System.out::println);
    summary.addAll(lines);
    System.out.println(
        "-- median seconds per statement of (b), (c), (d) (all rounds incl. warm-up):");
    perStatement.forEach(
        (sql, xs) ->
            System.out.printf(
                Locale.ROOT,
                "   %7.3f  %s%n",
                median(xs),
                sql.length() > 110 ? sql.substring(0, 110) + "…" : sql));
    perStatement.clear();
  }

  private static String row(String name, double median, List<Double> all) {
    StringBuilder s = new StringBuilder();
    for (double x : all) {
      s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", x));
    }
    return String.format(Locale.ROOT, "  %-48s %8.3f   [%s]", name, median, s);
  }

  private static void describe(CheckRunResult r) {
    System.out.println(
        "-- first run: status " + r.status() + (r.error() == null ? "" : " " + r.error()));
    for (CheckOutcome o : r.results()) {
      if (o.status() != Status.PASS) {
        System.out.println("   " + o.checkName() + ": " + o.status() + " — " + o.message());
      }
    }
    System.out.println("-- ScanPlan.describe():");
    System.out.print(r.plan() == null ? "(no plan)\n" : r.plan().describe());
  }

  private static void explain(DataSource ds, CheckRunResult r) {
    if (r.plan() == null) {
      return;
    }
    for (PlannedQuery q : r.plan().statements()) {
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement("explain (costs off) " + q.sql())) {
        for (int i = 0; i < q.params().size(); i++) {
          ps.setObject(i + 1, q.params().get(i));
        }
        printPlan("engine " + q.kind(), ps);
      } catch (SQLException e) {
        System.out.println("-- EXPLAIN of engine " + q.kind() + " failed: " + e.getMessage());
      }
    }
  }

  private static void explainSql(DataSource ds, String label, String sql) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("explain (costs off) " + sql)) {
      printPlan(label, ps);
    } catch (SQLException e) {
      System.out.println("-- EXPLAIN of " + label + " failed: " + e.getMessage());
    }
  }

  private static void printPlan(String label, PreparedStatement ps) throws SQLException {
    System.out.println("-- EXPLAIN " + label + ":");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        System.out.println("   " + rs.getString(1));
      }
    }
  }

  /** Runs the statements one after the other on one connection, reading every row. */
  private double time(DataSource ds, List<String> statements) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      for (String sql : statements) {
        long t1 = System.nanoTime();
        try (ResultSet rs = s.executeQuery(sql)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              rs.getObject(i);
            }
          }
        }
        perStatement.computeIfAbsent(sql, k -> new ArrayList<>()).add(secondsSince(t1));
      }
      return secondsSince(t0);
    }
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(Comparator.naturalOrder());
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** Samples the heap in use every 5 ms while started. */
  private static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong peak = new AtomicLong();
    private Thread thread;

    void start() {
      peak.set(memory.getHeapMemoryUsage().getUsed());
      running.set(true);
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running.set(false);
      thread.join();
      return peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }
  }

  /** An in-memory DuckDB database handed out as connections that share it. */
  private static final class DuckDbDataSource implements DataSource, AutoCloseable {
    private final DuckDBConnection root;

    DuckDbDataSource() throws SQLException {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    }

    @Override
    public Connection getConnection() throws SQLException {
      return root.duplicate();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public void close() throws SQLException {
      root.close();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------- helpers

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void progress(String format, Object... args) {
    System.out.println(
        String.format(Locale.ROOT, "[%tT] ", System.currentTimeMillis())
            + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static final class Options {
    long rows = 10_000_000;
    int reps = 3;
    int warmup = 1;
    List<String> dbs = List.of("pg", "duckdb");
    boolean keep;
    Map<String, String> pgSettings = new LinkedHashMap<>();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rows" -> o.rows = Long.parseLong(args[++i].replace("_", ""));
          case "--reps" -> o.reps = Integer.parseInt(args[++i]);
          case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
          case "--db" -> o.dbs = List.of(args[++i].split(","));
          case "--keep" -> o.keep = true;
          case "--pg" -> {
            String[] kv = args[++i].split("=", 2);
            o.pgSettings.put(kv[0], kv[1]);
          }
          default -> {
            System.err.println(
                "usage: CheckSuiteBench [--rows 10000000] [--reps 3] [--warmup 1]"
                    + " [--db pg,duckdb] [--pg setting=value]… [--keep]");
            System.exit(2);
          }
        }
      }
      return o;
    }
  }
}
