package org.pactum.bench.alerts;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.alerts.AlertsContext;
import org.pactum.bench.BenchPool;
import org.pactum.bench.BenchPostgres;
import org.pactum.bench.Progress;
import org.pactum.bench.TempDirs;

/**
 * Macro benchmark of the alert router: one burst of failing checks (default 1,000: 10 failing
 * checks in each of 100 contracts' runs, owned by 10 teams) through {@code AlertRouter.accept}, the
 * outbox on the embedded PostgreSQL and the delivery worker, to a loopback Slack and PagerDuty that
 * enforce Slack's rate limit (about one message per second per webhook). Every failure pages
 * ({@code criticalAfter: 1}), so the burst is one PagerDuty trigger per check plus one grouped
 * Slack message per run. Baseline, same run: the same number of PagerDuty bodies POSTed straight to
 * the same receiver by as many threads, no router, no database.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.pactum.bench.alerts.AlertBurstBench
 * [--contracts 100] [--checks 10] [--teams 10] [--threads 4] [--slack-interval-ms 1000]}
 *
 * <p>The pieces: {@link BurstSignals}, {@link RouterBurst}, {@link DirectPostBaseline}, {@link
 * AlertBurstReport}, {@link LoopbackReceiver}; options in {@link AlertBurstOptions}.
 */
public final class AlertBurstBench {
  private AlertBurstBench() {}

  public static void main(String[] args) throws Exception {
    AlertBurstOptions o = AlertBurstOptions.parse(args);
    Path dir = Files.createTempDirectory("pactum-alertbench");
    Progress.print(
        "alert burst: %d contracts × %d failing checks, %d teams, %d delivery threads, Slack ≥ %d ms"
            + " apart per webhook; %d cores, load %.2f",
        o.contracts(),
        o.checks(),
        o.teams(),
        o.threads(),
        o.slackIntervalMs(),
        Runtime.getRuntime().availableProcessors(),
        AlertBurstReport.load());
    try (EmbeddedPostgres pg = BenchPostgres.builder(dir.resolve("pg")).start();
        LoopbackReceiver receiver = new LoopbackReceiver(o.slackIntervalMs() - 100)) {
      Flyway.configure()
          .dataSource(pg.getPostgresDatabase())
          .schemas("alerts")
          .createSchemas(true)
          .locations("classpath:db/alerts")
          .load()
          .migrate();
      DataSource pool = BenchPool.of(pg, o.threads() + 4);
      try {
        run(o, Jdbi.create(pool).installPlugin(new SqlObjectPlugin()), receiver);
      } finally {
        pool.close();
      }
    } finally {
      TempDirs.deleteTree(dir);
    }
  }

  private static void run(AlertBurstOptions o, Jdbi jdbi, LoopbackReceiver receiver)
      throws Exception {
    AlertsContext runtime =
        AlertsContext.build(jdbi, BurstSignals.config(receiver.base(), o), Clock.systemUTC());
    runtime.worker().start();
    runtime.reminders().start();
    try {
      RouterBurst router = new RouterBurst(o, runtime, receiver);
      Progress.print("warm-up: a burst of 10 contracts");
      router.burst("warm", 10);
      receiver.reset();
      BurstResult baseline =
          DirectPostBaseline.run(receiver, o.contracts() * o.checks(), o.threads());
      receiver.reset();
      BurstResult burst = router.burst("c", o.contracts());
      AlertBurstReport.print(o, baseline, burst, receiver);
    } finally {
      runtime.reminders().stop();
      runtime.worker().stop();
    }
  }
}
