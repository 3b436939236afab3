package org.pactum.bench.erasure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.bench.BenchPool;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Owner;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.lineage.erasure.ErasureConfig;
import org.pactum.lineage.erasure.ErasureRuntime;
import org.pactum.lineage.erasure.core.ErasureService;
import org.pactum.lineage.erasure.core.PiiLineage;
import org.pactum.lineage.erasure.core.RequestStatus;
import org.pactum.lineage.erasure.core.SweepReport;
import org.slf4j.LoggerFactory;

/**
 * Macro benchmark of a GDPR erasure: {@code --datasets} tables (default 10) of {@code --rows} rows
 * (default 1,000,000) on the embedded PostgreSQL, half erased by {@code delete_row}, half by
 * updating three PII columns (nullify, hash, redact); the subject owns {@code --subject-rows} rows
 * (default 1,000) in each, found through an index on the key. Timed in alternating rounds, in the
 * same run, each round on a subject of its own:
 *
 * <ol>
 *   <li>Pactum: {@code ErasureService.submit} until the request is COMPLETED (plan, store, audit
 *       chain, per dataset one counted transaction and a verification re-query);
 *   <li>baseline: the bare {@code DELETE}/{@code UPDATE} statements by hand, one transaction per
 *       table, on the same pool.
 * </ol>
 *
 * Then the reconciliation sweep over every completed request (a streamed scan of each table's key
 * column, HMAC in Java) against the same scan fetched without hashing. Run: {@code java -cp
 * bench/target/benchmarks.jar org.pactum.bench.erasure.ErasureBench}.
 */
public final class ErasureBench {
  private final Options o;
  private final DataSource pool;

  private ErasureBench(Options o, DataSource pool) {
    this.o = o;
    this.pool = pool;
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    Path dir = Files.createTempDirectory("pactum-erasurebench");
    progress(
        "%d datasets × %,d rows, subject rows per dataset %,d, index on the key: %s, %d warm-up +"
            + " %d measured rounds, %d cores",
        o.datasets,
        o.rows,
        o.subjectRows,
        o.index,
        o.warmup,
        o.reps,
        Runtime.getRuntime().availableProcessors());
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir.resolve("pgdata"))
            .setCleanDataDirectory(true)
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_wal_size", "4GB")
            .start()) {
      org.apache.tomcat.jdbc.pool.DataSource ds = BenchPool.of(pg, 8);
      try {
        Flyway.configure()
            .dataSource(ds)
            .schemas("privacy")
            .createSchemas(true)
            .locations("classpath:db/privacy")
            .load()
            .migrate();
        new ErasureBench(o, ds).run(dir);
      } finally {
        ds.close();
      }
    } finally {
      deleteTree(dir);
    }
  }

  private void run(Path dir) throws Exception {
    int subjects = 2 * (o.warmup + o.reps);
    if ((long) subjects * o.subjectRows > o.rows) {
      throw new IllegalArgumentException("--rows too small for the subjects' rows");
    }
    long t0 = System.nanoTime();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create schema wh");
      for (int t = 0; t < o.datasets; t++) {
        s.execute(
            ("create table wh.t%02d (id bigint primary key, customer_id text not null, email text,"
                    + " name text, note text, amount numeric(12,2))")
                .formatted(t));
        s.execute(
            ("insert into wh.t%02d select i,"
                    + " case when i <= %d then 'subject-' || ((i - 1) / %d)"
                    + " else 'c' || ((i * 7919) %% 500000) end,"
                    + " 'user' || i || '@example.com', 'Name ' || i, 'note ' || i,"
                    + " ((i * 37) %% 100000) / 100.0"
                    + " from generate_series(1::bigint, %d) i")
                .formatted(t, (long) subjects * o.subjectRows, o.subjectRows, o.rows));
        if (o.index) {
          s.execute("create index on wh.t%02d (customer_id)".formatted(t));
        }
        s.execute("analyze wh.t%02d".formatted(t));
      }
    }
    progress("generated %,d rows in %.1f s", o.rows * o.datasets, seconds(t0));

    ErasureConfig config = new ErasureConfig();
    config.setExecutionThreads(1);
    config.setSweepInterval(io.dropwizard.util.Duration.seconds(0));
    config.setOverdueCheckInterval(io.dropwizard.util.Duration.seconds(0));
    List<DataContract> contracts = contracts();
    try (ErasureRuntime runtime =
        new ErasureRuntime(
            Jdbi.create(pool).installPlugin(new SqlObjectPlugin()),
            config,
            dir.resolve("erasure-secret"),
            name -> "wh".equals(name) ? pool : null,
            () -> contracts,
            PiiLineage.NONE,
            r -> {},
            Clock.systemUTC())) {
      List<Double> pactum = new ArrayList<>();
      List<Double> baseline = new ArrayList<>();
      int subject = 0;
      for (int round = 0; round < o.warmup + o.reps; round++) {
        boolean measured = round >= o.warmup;
        String a = "subject-" + subject++;
        String b = "subject-" + subject++;
        double pa;
        double ba;
        if (round % 2 == 0) {
          pa = pactum(runtime, a);
          ba = baseline(contracts, b);
        } else {
          ba = baseline(contracts, b);
          pa = pactum(runtime, a);
        }
        progress(
            "round %d%s: Pactum %.0f ms, baseline %.0f ms (%.2f×)",
            round + 1, measured ? "" : " (warm-up)", pa * 1000, ba * 1000, pa / ba);
        if (measured) {
          pactum.add(pa);
          baseline.add(ba);
        }
      }
      long erased = (long) o.datasets * o.subjectRows;
      double pm = median(pactum);
      double bm = median(baseline);

      long scanned = o.rows * o.datasets;
      t0 = System.nanoTime();
      SweepReport sweep = runtime.sweep().run("bench");
      double sweepSeconds = seconds(t0);
      t0 = System.nanoTime();
      long fetched = fetchKeys();
      double fetchSeconds = seconds(t0);

      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "==== summary (%d datasets × %,d rows; %,d of the subject's rows per erasure)%n",
          o.datasets,
          o.rows,
          erased);
      System.out.printf(
          Locale.ROOT,
          "erasure   Pactum   median %8.0f ms  %,12.0f rows/s  (runs %s)%n",
          pm * 1000,
          erased / pm,
          ms(pactum));
      System.out.printf(
          Locale.ROOT,
          "erasure   baseline median %8.0f ms  %,12.0f rows/s  (runs %s)%n",
          bm * 1000,
          erased / bm,
          ms(baseline));
      System.out.printf(Locale.ROOT, "erasure   overhead Pactum / baseline = %.2f×%n", pm / bm);
      System.out.printf(
          Locale.ROOT,
          "sweep     Pactum   %8.0f ms  %,12.0f rows/s scanned (%d datasets, %d reappearances)%n",
          sweepSeconds * 1000,
          scanned / sweepSeconds,
          sweep.datasetsChecked(),
          sweep.reappearances());
      System.out.printf(
          Locale.ROOT,
          "sweep     baseline %8.0f ms  %,12.0f rows/s (same keys fetched, no HMAC; %,d rows)%n",
          fetchSeconds * 1000,
          fetched / fetchSeconds,
          fetched);
      System.out.printf(
          Locale.ROOT,
          "sweep     overhead Pactum / baseline = %.2f×%n",
          sweepSeconds / fetchSeconds);
    }
  }

  private double pactum(ErasureRuntime runtime, String subject) throws Exception {
    long t0 = System.nanoTime();
    ErasureService.Submitted s =
        runtime.service().submit("customer", subject, "bench", "GDPR art. 17(1)(a)");
    RequestStatus status = s.execution().get(30, TimeUnit.MINUTES);
    double secs = seconds(t0);
    if (status != RequestStatus.COMPLETED) {
      throw new IllegalStateException("the erasure ended " + status);
    }
    int attempts =
        runtime.store().datasets(s.request().requestId()).stream()
            .mapToInt(d -> d.attempts())
            .sum();
    if (attempts != o.datasets) {
      progress("  (%d attempts for %d datasets: some were retried)", attempts, o.datasets);
    }
    return secs;
  }

  /** The same erasure by hand: one transaction per table, no counting, verifying or audit. */
  private double baseline(List<DataContract> contracts, String subject) throws SQLException {
    long t0 = System.nanoTime();
    long affected = 0;
    for (DataContract dc : contracts) {
      String table = dc.dataset().table();
      boolean delete = dc.pii().fields().containsKey("customer_id");
      String sql =
          delete
              ? "delete from " + table + " where customer_id = ?"
              : "update "
                  + table
                  + " set email = null, name = encode(sha256(convert_to(? || name, 'UTF8')), 'hex'),"
                  + " note = ? where customer_id = ?";
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(sql)) {
          int i = 1;
          if (!delete) {
            s.setString(i++, "salt");
            s.setString(i++, "[erased]");
          }
          s.setObject(i, subject, Types.OTHER);
          affected += s.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
      }
    }
    if (affected != (long) o.datasets * o.subjectRows) {
      throw new IllegalStateException("the baseline erased " + affected + " rows");
    }
    return seconds(t0);
  }

  /** The sweep's scans without the HMAC: every key fetched to the client in batches. */
  private long fetchKeys() throws SQLException {
    long n = 0;
    for (int t = 0; t < o.datasets; t++) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement s =
            c.prepareStatement(
                "select cast(customer_id as text) from wh.t%02d where customer_id is not null"
                    .formatted(t))) {
          s.setFetchSize(10_000);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              if (rs.getString(1) != null) {
                n++;
              }
            }
          }
        }
        c.rollback();
        c.setAutoCommit(true);
      }
    }
    return n;
  }

  private List<DataContract> contracts() {
    List<DataContract> out = new ArrayList<>();
    for (int t = 0; t < o.datasets; t++) {
      java.util.Map<String, PiiField> fields = new java.util.LinkedHashMap<>();
      if (t < o.datasets / 2) {
        fields.put("customer_id", new PiiField(ErasureAction.DELETE_ROW));
        fields.put("email", new PiiField(ErasureAction.NULLIFY));
      } else {
        fields.put("email", new PiiField(ErasureAction.NULLIFY));
        fields.put("name", new PiiField(ErasureAction.HASH));
        fields.put("note", new PiiField(ErasureAction.REDACT));
      }
      out.add(
          new DataContract(
              "bench.t%02d".formatted(t),
              "1.0.0",
              ContractStatus.ACTIVE,
              new Owner("bench", null, null, null),
              null,
              new SchemaSpec(SchemaFormat.AVRO, "x.avsc", null, CompatibilityMode.BACKWARD),
              new Dataset("wh", "wh.t%02d".formatted(t), null),
              List.of(),
              new Pii("customer", "customer_id", fields)));
    }
    return out;
  }

  private static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String ms(List<Double> xs) {
    return xs.stream().map(x -> String.format(Locale.ROOT, "%.0f", x * 1000)).toList().toString();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void progress(String format, Object... args) {
    System.out.println(
        String.format(Locale.ROOT, "[%tT] ", System.currentTimeMillis())
            + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static final class Options {
    long rows = 1_000_000;
    int datasets = 10;
    int subjectRows = 1000;
    int reps = 5;
    int warmup = 1;
    boolean index = true;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rows" -> o.rows = Long.parseLong(args[++i].replace("_", ""));
          case "--datasets" -> o.datasets = Integer.parseInt(args[++i]);
          case "--subject-rows" -> o.subjectRows = Integer.parseInt(args[++i]);
          case "--reps" -> o.reps = Integer.parseInt(args[++i]);
          case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
          case "--no-index" -> o.index = false;
          default -> {
            System.err.println(
                "usage: ErasureBench [--rows 1000000] [--datasets 10] [--subject-rows 1000]"
                    + " [--reps 5] [--warmup 1] [--no-index]");
            System.exit(2);
          }
        }
      }
      return o;
    }
  }
}
