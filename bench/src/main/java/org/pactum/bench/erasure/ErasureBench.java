package org.pactum.bench.erasure;

import io.dropwizard.util.Duration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.bench.BenchPool;
import org.pactum.bench.BenchPostgres;
import org.pactum.bench.Progress;
import org.pactum.bench.Seconds;
import org.pactum.bench.TempDirs;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.ErasureConfig;
import org.pactum.lineage.erasure.ErasureContext;
import org.pactum.lineage.erasure.core.PiiLineage;
import org.pactum.lineage.erasure.core.SweepReport;
import org.slf4j.Logger;
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
 *
 * <p>The pieces: {@link WarehouseGenerator} and {@link WarehouseContracts}, {@link ErasureSides},
 * {@link SweepBaseline}, {@link ErasureReport}; options in {@link ErasureBenchOptions}.
 */
public final class ErasureBench {
  private final ErasureBenchOptions o;
  private final DataSource pool;

  private ErasureBench(ErasureBenchOptions o, DataSource pool) {
    this.o = o;
    this.pool = pool;
  }

  public static void main(String[] args) throws Exception {
    ErasureBenchOptions o = ErasureBenchOptions.parse(args);
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    Path dir = Files.createTempDirectory("pactum-erasurebench");
    Progress.print(
        "%d datasets × %,d rows, subject rows per dataset %,d, index on the key: %s, %d warm-up +"
            + " %d measured rounds, %d cores",
        o.datasets(),
        o.rows(),
        o.subjectRows(),
        o.index(),
        o.warmup(),
        o.reps(),
        Runtime.getRuntime().availableProcessors());
    try (EmbeddedPostgres pg = BenchPostgres.builder(dir.resolve("pgdata")).start()) {
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
      TempDirs.deleteTree(dir);
    }
  }

  private void run(Path dir) throws Exception {
    if ((long) o.subjects() * o.subjectRows() > o.rows()) {
      throw new IllegalArgumentException("--rows too small for the subjects' rows");
    }
    WarehouseGenerator.generate(pool, o);
    ErasureConfig config = new ErasureConfig();
    config.setExecutionThreads(1);
    config.setSweepInterval(Duration.seconds(0));
    config.setOverdueCheckInterval(Duration.seconds(0));
    List<DataContract> contracts = WarehouseContracts.of(o);
    try (ErasureContext runtime =
        new ErasureContext(
            Jdbi.create(pool).installPlugin(new SqlObjectPlugin()),
            config,
            dir.resolve("erasure-secret"),
            name -> "wh".equals(name) ? pool : null,
            () -> contracts,
            PiiLineage.NONE,
            r -> {},
            Clock.systemUTC())) {
      ErasureSides sides = new ErasureSides(o, pool, runtime, contracts);
      List<Double> pactum = new ArrayList<>();
      List<Double> baseline = new ArrayList<>();
      int subject = 0;
      for (int round = 0; round < o.warmup() + o.reps(); round++) {
        boolean measured = round >= o.warmup();
        String a = "subject-" + subject++;
        String b = "subject-" + subject++;
        double pa;
        double ba;
        if (round % 2 == 0) {
          pa = sides.pactum(a);
          ba = sides.baseline(b);
        } else {
          ba = sides.baseline(b);
          pa = sides.pactum(a);
        }
        Progress.print(
            "round %d%s: Pactum %.0f ms, baseline %.0f ms (%.2f×)",
            round + 1, measured ? "" : " (warm-up)", pa * 1000, ba * 1000, pa / ba);
        if (measured) {
          pactum.add(pa);
          baseline.add(ba);
        }
      }
      long t0 = System.nanoTime();
      SweepReport sweep = runtime.sweep().run("bench");
      double sweepSeconds = Seconds.since(t0);
      t0 = System.nanoTime();
      long fetched = SweepBaseline.fetchKeys(pool, o.datasets());
      double fetchSeconds = Seconds.since(t0);
      ErasureReport.print(
          o, pactum, baseline, new ErasureReport.Sweep(sweep, sweepSeconds, fetched, fetchSeconds));
    }
  }
}
