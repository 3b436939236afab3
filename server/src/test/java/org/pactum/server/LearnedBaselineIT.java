package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import picocli.CommandLine;

/**
 * Learned baselines end to end through the whole server and the CLI: real check runs over a table
 * in the embedded warehouse, {@code pactum baseline reset} approving a new normal, and the later
 * verdict training from the reset point.
 */
class LearnedBaselineIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTRACT = "it.orders";

  /** Day 0 of the loads: recent, so backfilled days lie within the baselines' 30-day max age. */
  private static final LocalDate FIRST = LocalDate.now(ZoneOffset.UTC).minusDays(20);

  private static final Instant DAY0 = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static String url;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path contracts = Files.createDirectories(work.resolve("contracts"));
    Files.writeString(
        contracts.resolve("it_orders.avsc"),
        """
        {"type": "record", "name": "ItOrder", "namespace": "it", "fields": [
          {"name": "order_id", "type": "string"},
          {"name": "customer_id", "type": "string"},
          {"name": "loaded_at", "type": {"type": "long", "logicalType": "timestamp-millis"}}]}
        """);
    Files.writeString(
        contracts.resolve("it_orders.contract.yaml"),
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: it.orders
        version: 1.0.0
        status: active
        owner: {team: it, email: it@example.com}
        description: Orders for the learned-baseline IT.
        schema: {format: avro, file: it_orders.avsc, compatibility: BACKWARD}
        dataset:
          datasource: warehouse
          table: public.it_orders
          load_scope: "loaded_at >= :since and loaded_at < :until"
        checks:
          - row_count: {anomaly: {min_history: 3}}
        """);
    Files.writeString(
        contracts.resolve("it_daily.contract.yaml"),
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: it.daily
        version: 1.0.0
        status: active
        owner: {team: it, email: it@example.com, slack: "#it"}
        description: Daily orders for the backfill IT.
        schema: {format: avro, file: it_orders.avsc, compatibility: BACKWARD}
        dataset:
          datasource: warehouse
          table: public.it_daily
          load_scope: "loaded_at >= :since and loaded_at < :until"
        checks:
          - row_count: {anomaly: {}}
          - freshness: {column: loaded_at, max_age: 1h}
          - not_null: [order_id]
        """);
    Files.writeString(
        contracts.resolve("it_noscope.contract.yaml"),
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: it.noscope
        version: 1.0.0
        status: active
        owner: {team: it, email: it@example.com}
        description: A table without a load scope.
        schema: {format: avro, file: it_orders.avsc, compatibility: BACKWARD}
        dataset: {datasource: warehouse, table: public.it_daily}
        checks:
          - row_count: {anomaly: {}}
        """);
    app =
        PactumTestServer.create(
            work.resolve("pg"),
            contracts,
            ConfigOverride.config("datasources.warehouse.url", ""),
            ConfigOverride.config("checks.freshnessInterval", "0s"));
    app.before();
    url = "http://localhost:" + app.getLocalPort();
    try (Connection c = warehouse();
        Statement s = c.createStatement()) {
      s.execute(
          "create table public.it_orders (order_id text, customer_id text, loaded_at timestamptz)");
      s.execute("create table public.it_daily (like public.it_orders)");
    }
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  private static Connection warehouse() throws Exception {
    Path data = Path.of(app.getConfiguration().getDatabase().getEmbedded().getDataDirectory());
    int port = Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim());
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/warehouse", "postgres", "");
  }

  /** Loads {@code rows} orders on day {@code day} (UTC, counted from {@link #FIRST}). */
  static void load(int day, int rows) throws Exception {
    load("public.it_orders", day, rows);
  }

  static void load(String table, int day, int rows) throws Exception {
    Instant start = DAY0.plus(Duration.ofDays(day));
    try (Connection c = warehouse();
        PreparedStatement p = c.prepareStatement("insert into " + table + " values (?, ?, ?)")) {
      for (int i = 0; i < rows; i++) {
        p.setString(1, "o-" + day + "-" + i);
        p.setString(2, "c-" + (i % 37));
        p.setTimestamp(3, Timestamp.from(start.plusSeconds(60L + i * 60L)));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private JsonNode send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
    b =
        body == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return JSON.readTree(r.body());
  }

  /** Runs the contract's checks on one day's load through the API and waits for the result. */
  private JsonNode runDay(String runId, int day) throws Exception {
    return runDay(CONTRACT, runId, day);
  }

  private JsonNode runDay(String contract, String runId, int day) throws Exception {
    Instant since = DAY0.plus(Duration.ofDays(day));
    send(
        "POST",
        "/api/v1/runs",
        JSON.writeValueAsString(
            Map.of(
                "contract",
                contract,
                "run_id",
                runId,
                "params",
                Map.of(
                    "since",
                    since.toString(),
                    "until",
                    since.plus(Duration.ofDays(1)).toString()))));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode run = send("GET", "/api/v1/runs/" + runId, null);
    while (!List.of("PASS", "WARN", "FAIL", "ERROR").contains(run.path("status").asText())) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(50);
      run = send("GET", "/api/v1/runs/" + runId, null);
    }
    return run;
  }

  private static JsonNode result(JsonNode run, String check) {
    for (JsonNode r : run.path("results")) {
      if (r.path("check_name").asText().equals(check)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + check + " in " + run);
  }

  record Cli(int exit, String out, String err) {}

  static Cli cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PactumCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }

  @Test
  void baselineResetFromTheCliRestartsTrainingAtTheApprovedRun() throws Exception {
    int[] normal = {100, 102, 98, 101};
    for (int day = 0; day < normal.length; day++) {
      load(day, normal[day]);
      JsonNode r = result(runDay("reset-it-" + day, day), "row_count_anomaly");
      assertThat(r.path("status").asText()).as(r.toString()).isEqualTo("PASS");
    }
    load(4, 300); // the intended change: a new sales channel triples the orders
    JsonNode tripled = result(runDay("reset-it-4", 4), "row_count_anomaly");
    assertThat(tripled.path("status").asText()).as(tripled.toString()).isEqualTo("FAIL");

    Cli reset =
        cli(
            "baseline",
            "reset",
            "--contract",
            CONTRACT,
            "--check",
            "row_count_anomaly",
            "--from-run",
            "reset-it-4",
            "--reason",
            "new sales channel",
            "--by",
            "alice",
            "--server",
            url);
    assertThat(reset.exit()).as(reset.out() + reset.err()).isZero();
    assertThat(reset.out())
        .contains("baseline reset of it.orders / row_count_anomaly approved")
        .contains("by:       alice")
        .contains("reason:   new sales channel")
        .contains("from run: reset-it-4")
        .contains("metrics:  row_count on warehouse:public.it_orders");

    // Training restarts at the tripled load: it is the first of the new normal, not an outlier.
    load(5, 305);
    JsonNode after = result(runDay("reset-it-5", 5), "row_count_anomaly");
    assertThat(after.path("status").asText()).as(after.toString()).isEqualTo("PASS");
    assertThat(after.path("message").asText())
        .contains("learning: 1 of 3")
        .contains("baseline reset approved by alice")
        .contains("new sales channel");
    assertThat(
            after
                .path("thresholds")
                .path("anomaly")
                .path("band")
                .path("reset")
                .path("from_run")
                .asText())
        .isEqualTo("reset-it-4");
  }

  @Test
  void backfillFromTheCliTrainsTheBaselineWithoutRaisingAlerts() throws Exception {
    int[] rows = {100, 103, 98, 101, 99, 102, 97, 100, 104, 99, 101, 98, 102, 100, 101, 99};
    for (int day = 0; day < rows.length; day++) {
      load("public.it_daily", day, rows[day]);
    }
    Cli backfill =
        cli(
            "checks",
            "backfill",
            "--contract",
            "it.daily",
            "--from",
            FIRST.toString(),
            "--to",
            FIRST.plusDays(14).toString(),
            "--server",
            url);
    assertThat(backfill.exit()).as(backfill.out() + backfill.err()).isZero();
    List<String> lines = backfill.out().lines().toList();
    LocalDate day5 = FIRST.plusDays(4);
    assertThat(lines).hasSize(15);
    // each day is judged at its end: the last order is ~22 hours old, so freshness fails
    // (row_count, newest_epoch_seconds and freshness_lag are stored)
    assertThat(lines.get(4))
        .startsWith("day 5/14 " + day5 + " FAIL  3 metrics  run backfill:it.daily:" + day5);
    assertThat(lines.get(14))
        .isEqualTo(
            "backfilled 14 of 14 days of it.daily ["
                + FIRST
                + ", "
                + FIRST.plusDays(14)
                + "): 14 FAIL;"
                + " no alerts raised");
    JsonNode day = send("GET", "/api/v1/runs/backfill:it.daily:" + day5, null);
    assertThat(day.path("trigger").asText()).isEqualTo("backfill");
    assertThat(result(day, "row_count_anomaly").path("observed_value").asDouble()).isEqualTo(99.0);
    assertThat(result(day, "freshness(loaded_at)").path("message").asText())
        .contains("22h")
        .contains("older than max_age 1h");
    // failing backfilled days are history, not news: no incident was opened
    assertThat(send("GET", "/api/v1/incidents?limit=1000", null).path("incidents"))
        .noneSatisfy(i -> assertThat(i.path("contract_id").asText()).isEqualTo("it.daily"));

    // the first ordinary run is judged by the trained baseline, not "learning: 0 of 7"
    JsonNode judged = result(runDay("it.daily", "daily-it-14", 14), "row_count_anomaly");
    assertThat(judged.path("status").asText()).as(judged.toString()).isEqualTo("PASS");
    assertThat(judged.path("message").asText())
        .doesNotContain("learning")
        .contains("within the expected band");
    assertThat(judged.path("thresholds").path("anomaly").path("band").path("training_size").asInt())
        .isEqualTo(14);

    Cli noScope =
        cli(
            "checks",
            "backfill",
            "--contract",
            "it.noscope",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-15",
            "--server",
            url);
    assertThat(noScope.exit()).isEqualTo(2);
    assertThat(noScope.out()).isEmpty();
    assertThat(noScope.err().strip())
        .startsWith("pactum: dataset.load_scope: contract 'it.noscope' has none")
        .endsWith("(HTTP 422)");
    Cli badDate =
        cli("checks", "backfill", "--contract", "it.daily", "--from", "2026-10-01", "--to", "soon");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--to");
  }

  @Test
  void baselineResetErrorsAreOneLineAndExitTwo() {
    Cli unknown =
        cli(
            "baseline",
            "reset",
            "--contract",
            CONTRACT,
            "--check",
            "nope",
            "--reason",
            "x",
            "--by",
            "bob",
            "--server",
            url);
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().strip())
        .isEqualTo("pactum: contract 'it.orders' has no check named 'nope' (HTTP 404)");

    Cli badRun =
        cli(
            "baseline",
            "reset",
            "--contract",
            CONTRACT,
            "--check",
            "row_count_anomaly",
            "--from-run",
            "no-such-run",
            "--reason",
            "x",
            "--by",
            "bob",
            "--server",
            url);
    assertThat(badRun.exit()).isEqualTo(2);
    assertThat(badRun.err()).contains("from_run 'no-such-run'").doesNotContain("Exception");

    Cli down =
        cli(
            "baseline",
            "reset",
            "--contract",
            CONTRACT,
            "--check",
            "row_count_anomaly",
            "--reason",
            "x",
            "--by",
            "bob",
            "--server",
            "http://localhost:1");
    assertThat(down.exit()).isEqualTo(2);
    assertThat(down.err())
        .startsWith("pactum: cannot reach the Pactum server at http://localhost:1");
  }
}
