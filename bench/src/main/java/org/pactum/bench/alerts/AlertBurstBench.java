package org.pactum.bench.alerts;

import io.dropwizard.util.Duration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.alerts.AlertsConfig;
import org.pactum.alerts.AlertsRuntime;
import org.pactum.alerts.ReceiverConfig;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.bench.BenchPool;
import org.pactum.bench.alerts.LoopbackReceiver.Arrival;

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
 */
public final class AlertBurstBench {
  private static final Pattern DEDUP = Pattern.compile("\"dedup_key\":\"pactum/([^/\"]+)/");
  private static final Pattern RUN = Pattern.compile("Check run burst-([^>|\"]+)>");

  private final Options o;

  private AlertBurstBench(Options o) {
    this.o = o;
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Path dir = Files.createTempDirectory("pactum-alertbench");
    System.out.printf(
        Locale.ROOT,
        "alert burst: %d contracts × %d failing checks, %d teams, %d delivery threads, Slack ≥ %d ms"
            + " apart per webhook; %d cores, load %.2f%n",
        o.contracts,
        o.checks,
        o.teams,
        o.threads,
        o.slackIntervalMs,
        Runtime.getRuntime().availableProcessors(),
        load());
    try (EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start();
        LoopbackReceiver receiver = new LoopbackReceiver(o.slackIntervalMs - 100)) {
      Flyway.configure()
          .dataSource(pg.getPostgresDatabase())
          .schemas("alerts")
          .createSchemas(true)
          .locations("classpath:db/alerts")
          .load()
          .migrate();
      org.apache.tomcat.jdbc.pool.DataSource pool = BenchPool.of(pg, o.threads + 4);
      try {
        new AlertBurstBench(o)
            .run(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()), receiver);
      } finally {
        pool.close();
      }
    } finally {
      deleteTree(dir);
    }
  }

  private void run(Jdbi jdbi, LoopbackReceiver receiver) throws Exception {
    AlertsConfig config = config(receiver.base());
    AlertsRuntime runtime = new AlertsRuntime(jdbi, config, Clock.systemUTC());
    runtime.start();
    try {
      System.out.println("warm-up: a burst of 10 contracts");
      burst(runtime, receiver, "warm", 10);
      receiver.reset();
      Result baseline = baseline(receiver, o.contracts * o.checks);
      receiver.reset();
      Result router = burst(runtime, receiver, "c", o.contracts);
      print(baseline, router, receiver);
    } finally {
      runtime.close();
    }
  }

  /** What one side measured. */
  record Result(
      int messages,
      double seconds,
      Histogram pagerDuty,
      Histogram slack,
      double ingestSeconds,
      Map<String, long[]> slackSpan) {}

  private Result burst(
      AlertsRuntime runtime, LoopbackReceiver receiver, String prefix, int contracts)
      throws Exception {
    int checks = o.checks;
    Map<String, Long> submitted = new HashMap<>();
    ExecutorService runs = Executors.newFixedThreadPool(4); // like the check engine's run threads
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < contracts; c++) {
      String contract = prefix + "." + c;
      int team = c % o.teams;
      futures.add(
          runs.submit(
              () -> {
                List<Signal> signals = new ArrayList<>();
                for (int k = 0; k < checks; k++) {
                  signals.add(signal(contract, "check_" + k, team));
                }
                synchronized (submitted) {
                  submitted.put(contract, System.nanoTime());
                }
                runtime.router().accept(signals);
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double ingest = (System.nanoTime() - start) / 1e9;
    runs.shutdown();
    int expectedPd = contracts * checks;
    int expectedSlack = contracts;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (true) {
      List<Arrival> a = receiver.arrivals();
      long pd = a.stream().filter(x -> x.path().equals("/v2/enqueue") && x.status() == 202).count();
      long slack =
          a.stream().filter(x -> x.path().startsWith("/slack/") && x.status() == 200).count();
      if (pd >= expectedPd && slack >= expectedSlack) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "not delivered in 10 minutes: " + pd + " pages, " + slack + " Slack");
      }
      Thread.sleep(20);
    }
    Histogram pd = new Histogram(3);
    Histogram slack = new Histogram(3);
    long last = start;
    Map<String, long[]> span = new HashMap<>();
    for (Arrival a : receiver.arrivals()) {
      if (a.status() / 100 != 2) {
        continue;
      }
      last = Math.max(last, a.nanos());
      boolean isPd = a.path().equals("/v2/enqueue");
      Matcher m = (isPd ? DEDUP : RUN).matcher(a.body());
      if (!m.find()) {
        throw new IllegalStateException("cannot tell the contract of " + a.body());
      }
      Long sent = submitted.get(m.group(1));
      if (sent == null) {
        continue;
      }
      (isPd ? pd : slack).recordValue(Math.max(0, (a.nanos() - sent) / 1000));
      if (!isPd) {
        span.merge(
            a.path(),
            new long[] {a.nanos(), a.nanos(), 1},
            (x, y) -> new long[] {Math.min(x[0], y[0]), Math.max(x[1], y[1]), x[2] + y[2]});
      }
    }
    // the receiver has them all; the worker records each outcome right after its answer
    while (runtime.reads().pendingNotifications() != 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("notifications still pending in the outbox");
      }
      Thread.sleep(20);
    }
    return new Result(expectedPd + expectedSlack, (last - start) / 1e9, pd, slack, ingest, span);
  }

  private Result baseline(LoopbackReceiver receiver, int n) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String body =
        "{\"routing_key\":\"k\",\"event_action\":\"trigger\",\"dedup_key\":\"pactum/base/x/1\","
            + "\"payload\":{\"summary\":\"s\",\"source\":\"d\",\"severity\":\"critical\"}}";
    ExecutorService pool = Executors.newFixedThreadPool(o.threads);
    Histogram h = new Histogram(3);
    long start = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < o.threads; t++) {
      int share = n / o.threads + (t < n % o.threads ? 1 : 0);
      fs.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  long s = System.nanoTime();
                  HttpResponse<String> r =
                      http.send(
                          HttpRequest.newBuilder(URI.create(receiver.base() + "/v2/enqueue"))
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() != 202) {
                    throw new IllegalStateException("baseline got " + r.statusCode());
                  }
                  synchronized (h) {
                    h.recordValue((System.nanoTime() - s) / 1000);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    return new Result(n, (System.nanoTime() - start) / 1e9, h, new Histogram(3), 0, Map.of());
  }

  private void print(Result base, Result r, LoopbackReceiver receiver) {
    int signals = o.contracts * o.checks;
    double pdRate = r.pagerDuty().getTotalCount() / r.seconds();
    double baseRate = base.messages() / base.seconds();
    long maxPerHook = r.slackSpan().values().stream().mapToLong(x -> x[2]).max().orElse(0);
    double floor = (maxPerHook - 1) * o.slackIntervalMs / 1000.0;
    double hookSpan =
        r.slackSpan().values().stream().mapToDouble(x -> (x[1] - x[0]) / 1e9).max().orElse(0);
    double ungrouped = ((double) signals / o.teams - 1) * o.slackIntervalMs / 1000.0;
    System.out.println();
    System.out.println("==== AlertBurstBench");
    System.out.printf(
        Locale.ROOT,
        "burst: %,d failing checks → %,d notifications (%,d PagerDuty triggers, %,d grouped Slack messages)%n",
        signals,
        r.messages(),
        r.pagerDuty().getTotalCount(),
        r.slack().getTotalCount());
    System.out.printf(
        Locale.ROOT,
        "ingest (accept → incidents + outbox committed): %.2f s, %,.0f signals/s%n",
        r.ingestSeconds(),
        signals / r.ingestSeconds());
    System.out.printf(
        Locale.ROOT,
        "signals → all delivered: %.2f s, %,.0f signals/s%n",
        r.seconds(),
        signals / r.seconds());
    System.out.printf(
        Locale.ROOT,
        "PagerDuty latency (signal accepted → received): p50 %.1f ms, p99 %.1f ms, max %.1f ms; %,.0f/s%n",
        ms(r.pagerDuty(), 50),
        ms(r.pagerDuty(), 99),
        r.pagerDuty().getMaxValue() / 1000.0,
        pdRate);
    System.out.printf(
        Locale.ROOT,
        "Slack latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms; busiest webhook %d messages over %.2f s (rate-limit floor %.2f s)%n",
        ms(r.slack(), 50),
        ms(r.slack(), 99),
        r.slack().getMaxValue() / 1000.0,
        maxPerHook,
        hookSpan,
        floor);
    System.out.printf(
        Locale.ROOT,
        "baseline (same run): %,d bodies POSTed straight by %d threads: %.2f s, %,.0f/s, p50 %.2f ms, p99 %.2f ms%n",
        base.messages(),
        o.threads,
        base.seconds(),
        baseRate,
        ms(base.pagerDuty(), 50),
        ms(base.pagerDuty(), 99));
    System.out.printf(
        Locale.ROOT,
        "ratios: PagerDuty delivery throughput / baseline = %.2f; busiest Slack webhook span / rate-limit floor = %.2f%n",
        pdRate / baseRate,
        floor == 0 ? 0 : hookSpan / floor);
    System.out.printf(
        Locale.ROOT,
        "rate limits: %d Slack 429s (messages closer than %d ms on one webhook); without grouping the"
            + " busiest webhook would need ≥ %.0f s for its %,d messages%n",
        receiver.rateLimited(),
        o.slackIntervalMs - 100,
        ungrouped,
        signals / o.teams);
    System.out.printf(Locale.ROOT, "load average after: %.2f%n", load());
  }

  private static double ms(Histogram h, double pct) {
    return h.getValueAtPercentile(pct) / 1000.0;
  }

  private Signal signal(String contract, String check, int team) {
    Owner owner = new Owner("team" + team, null, "#team-" + team, "team-" + team);
    return new Signal(
        "check-run",
        contract,
        "wh:public." + contract.replace('.', '_'),
        check,
        "not_null",
        SignalStatus.FAIL,
        Severity.ERROR,
        owner,
        List.of(),
        "burst-" + contract,
        "12 of 1000 rows are null",
        Map.of("observed_value", 0.012),
        "http://localhost:8080/api/v1/runs/burst-" + contract,
        Instant.now());
  }

  private AlertsConfig config(String base) {
    AlertsConfig c = new AlertsConfig();
    c.pagerdutyBaseUrl = base;
    c.escalation.criticalAfter = 1;
    for (int t = 0; t < o.teams; t++) {
      c.receivers.add(
          new ReceiverConfig("slack:#team-" + t, "slack", base + "/slack/team-" + t, null, null));
      c.receivers.add(
          new ReceiverConfig(
              "pagerduty:team-" + t, "pagerduty", null, "routing-key-team-" + t, null));
    }
    c.delivery.threads = o.threads;
    c.delivery.slackMinInterval = Duration.milliseconds(o.slackIntervalMs);
    return c;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  record Options(int contracts, int checks, int teams, int threads, long slackIntervalMs) {
    static Options parse(String[] args) {
      int contracts = 100;
      int checks = 10;
      int teams = 10;
      int threads = 4;
      long interval = 1000;
      for (int i = 0; i < args.length; i++) {
        String v = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--contracts" -> contracts = Integer.parseInt(v);
          case "--checks" -> checks = Integer.parseInt(v);
          case "--teams" -> teams = Integer.parseInt(v);
          case "--threads" -> threads = Integer.parseInt(v);
          case "--slack-interval-ms" -> interval = Long.parseLong(v);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      return new Options(contracts, checks, teams, threads, interval);
    }
  }
}
