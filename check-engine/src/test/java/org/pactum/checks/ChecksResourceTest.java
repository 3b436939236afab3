package org.pactum.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.TestContracts.contract;
import static org.pactum.checks.TestContracts.notNull;
import static org.pactum.checks.TestContracts.rowCountAnomaly;
import static org.pactum.checks.TestContracts.rowCountAtLeast;
import static org.pactum.checks.TestContracts.sleep;
import static org.pactum.checks.TestContracts.table;
import static org.pactum.checks.TestContracts.unique;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.auth.filter.AttemptLimits;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.api.auth.filter.AuthenticationFilter;
import org.pactum.api.auth.filter.FailedAttempts;
import org.pactum.api.auth.filter.PublicPaths;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.Dataset;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The run triggers through a real Dropwizard application (the bundle, its managed coordinator and
 * its mappers) on the embedded PostgreSQL, which is both the Pactum store and the warehouse.
 */
@ExtendWith(PostgresExtension.class)
class ChecksResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final TestContracts CONTRACTS = new TestContracts();
  private static final AtomicReference<DataSource> FLAKY = new AtomicReference<>();

  private static DropwizardTestSupport<TestConfig> app;
  private static TestDatabase db;
  private static Jdbi jdbi;

  public static class TestConfig extends Configuration {
    public ChecksConfig checks = new ChecksConfig();
  }

  /** An application like the server: the checks context and bundle plus the one edge. */
  public static class TestApp extends Application<TestConfig> {
    private final ChecksBundle<TestConfig> checks = new ChecksBundle<>(c -> c.checks);

    @Override
    public void initialize(Bootstrap<TestConfig> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<TestConfig>(c -> null));
      bootstrap.addBundle(checks);
    }

    @Override
    public void run(TestConfig configuration, Environment environment) {
      ChecksContext context =
          ChecksContext.build(
              jdbi,
              checks.config(configuration).toSettings(),
              name ->
                  name.equals("warehouse")
                      ? db.dataSource()
                      : name.equals("flaky") ? FLAKY.get() : null,
              CONTRACTS,
              result -> {},
              Clock.systemUTC());
      // as `auth.mode: none` runs: every request as the unauthenticated administrator
      environment
          .jersey()
          .register(
              new AuthenticationFilter(
                  AuthMode.NONE,
                  List.of(),
                  new FailedAttempts(
                      new AttemptLimits(1000, Duration.ofMinutes(1), 100), Clock.systemUTC()),
                  PublicPaths.none()));
      context.resources().forEach(environment.jersey()::register);
      checks.manage(context, environment);
    }
  }

  @BeforeAll
  static void start(TestDatabase database) throws Exception {
    db = database;
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    db.execute("create table orders_ok (id integer, customer text)");
    db.execute("insert into orders_ok values (1, 'a'), (2, 'b')");
    db.execute("create table orders_learn (id integer)");
    db.execute("insert into orders_learn values (1), (2)");
    db.execute("create table orders_dup (id integer)");
    db.execute("insert into orders_dup values (1), (1), (2)");
    db.execute("create table table_a (id integer)");
    db.execute("insert into table_a values (1)");
    db.execute("create table table_b (id integer)");
    db.execute("insert into table_b values (1)");
    db.execute("create table loads (id integer, loaded_at timestamptz)");
    db.execute("insert into loads values (1, '2026-01-01T00:00:00Z'), (2, '2026-02-01T00:00:00Z')");
    CONTRACTS
        .add(
            contract(
                "orders.ok",
                table("warehouse", "orders_ok"),
                rowCountAtLeast(1),
                notNull("id"),
                unique("id")))
        .add(contract("orders.dup", table("warehouse", "orders_dup"), unique("id")))
        .add(
            contract("orders.draft", table("warehouse", "orders_ok"), rowCountAtLeast(1)),
            ContractStatus.DRAFT)
        .add(
            contract("orders.retired", table("warehouse", "orders_ok"), rowCountAtLeast(1)),
            ContractStatus.RETIRED)
        .add(contract("orders.learn", table("warehouse", "orders_learn"), rowCountAnomaly()))
        .add(contract("a.slow", table("warehouse", "table_a"), sleep(2)))
        .add(contract("a.fast", table("warehouse", "table_a"), rowCountAtLeast(1)))
        .add(contract("b.fast", table("warehouse", "table_b"), rowCountAtLeast(1)))
        .add(contract("flaky", table("flaky", "orders_ok"), rowCountAtLeast(1), notNull("id")))
        .add(contract("schema.only", null))
        .add(
            contract(
                "loads",
                new Dataset("warehouse", "loads", "loaded_at >= :since"),
                rowCountAtLeast(2)))
        .add(
            contract(
                "loads.daily",
                new Dataset("warehouse", "loads", "loaded_at >= :since and loaded_at < :until"),
                rowCountAtLeast(1),
                notNull("id")));

    TestConfig config = new TestConfig();
    DefaultServerFactory server = new DefaultServerFactory();
    HttpConnectorFactory http = new HttpConnectorFactory();
    http.setPort(0);
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(0);
    server.setApplicationConnectors(List.of(http));
    server.setAdminConnectors(List.of(admin));
    config.setServerFactory(server);
    config.checks.setFreshnessInterval(io.dropwizard.util.Duration.seconds(0));
    app = new DropwizardTestSupport<>(TestApp.class, config);
    app.before();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  private static Reply send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.getLocalPort() + path));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = r.body().isBlank() ? null : parse(r.body());
    return new Reply(r.statusCode(), json, r);
  }

  private static JsonNode parse(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(s);
    }
  }

  private static Reply post(Map<String, Object> body) throws Exception {
    return send("POST", "/api/v1/runs", JSON.writeValueAsString(body));
  }

  private static Reply get(String path) throws Exception {
    return send("GET", path, null);
  }

  /** Posts a run, expects 202, and returns its id. */
  private static String submit(Map<String, Object> body) throws Exception {
    Reply r = post(body);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(202);
    assertThat(r.body().get("status").asText()).isEqualTo("QUEUED");
    assertThat(r.body().fieldNames()).toIterable().containsExactly("run_id", "status", "links");
    String id = r.body().get("run_id").asText();
    assertThat(r.body().at("/links/self").asText()).isEqualTo("/api/v1/runs/" + id);
    assertThat(r.raw().headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/runs/" + id);
    return id;
  }

  private static JsonNode awaitFinished(String runId) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      Reply r = get("/api/v1/runs/" + runId);
      assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
      String status = r.body().get("status").asText();
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        return r.body();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("run " + runId + " did not finish");
  }

  private static JsonNode result(JsonNode run, String check) {
    for (JsonNode r : run.get("results")) {
      if (r.get("check_name").asText().equals(check)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + check + " in " + run);
  }

  private static int count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private static void assertError(Reply r, int status, int code, String messagePart) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
    assertThat(r.body().get("error_code").asInt()).isEqualTo(code);
    assertThat(r.body().get("message").asText()).contains(messagePart);
    assertThat(r.body().size()).isEqualTo(2);
  }

  // --- tests -----------------------------------------------------------------------------------

  @Test
  void backfillStreamsOneLinePerDayThenASummary() throws Exception {
    Reply r =
        send(
            "POST",
            "/api/v1/contracts/loads.daily/backfill",
            "{\"from\": \"2026-01-01\", \"to\": \"2026-01-03\"}");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("content-type")).hasValue("application/x-ndjson");
    List<JsonNode> lines = r.raw().body().lines().map(ChecksResourceTest::parse).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo(
            JSON.readTree(
                "{\"day\": 1, \"of\": 2, \"date\": \"2026-01-01\", \"run_id\":"
                    + " \"backfill:loads.daily:2026-01-01\", \"status\": \"PASS\", \"metrics\": 1}"));
    assertThat(lines.get(1).get("status").asText()).isEqualTo("FAIL"); // no load that day
    assertThat(lines.get(2))
        .isEqualTo(
            JSON.readTree(
                "{\"done\": true, \"contract\": \"loads.daily\", \"from\": \"2026-01-01\","
                    + " \"to\": \"2026-01-03\", \"days\": 2, \"of\": 2,"
                    + " \"statuses\": {\"FAIL\": 1, \"PASS\": 1}}"));
    JsonNode run = send("GET", "/api/v1/runs/backfill:loads.daily:2026-01-01", null).body();
    assertThat(run.get("trigger").asText()).isEqualTo("backfill");
    assertThat(run.get("results"))
        .extracting(j -> j.get("check_name").asText())
        .containsExactly("row_count");
    assertThat(
            count(
                "select count(*) from checks.metric_value where run_id = 'backfill:loads.daily:2026-01-01'"
                    + " and metric = 'row_count' and observed_at = '2026-01-02T00:00:00Z'"))
        .isEqualTo(1);
  }

  @Test
  void backfillRefusalsNameTheField() throws Exception {
    String days = "{\"from\": \"2026-01-01\", \"to\": \"2026-01-03\"}";
    assertError(
        send("POST", "/api/v1/contracts/loads/backfill", days),
        422,
        42202,
        "dataset.load_scope: must use both :since and :until");
    assertError(send("POST", "/api/v1/contracts/nope/backfill", days), 404, 40401, "'nope'");
    assertError(
        send("POST", "/api/v1/contracts/schema.only/backfill", days), 422, 42201, "no dataset");
    assertError(
        send("POST", "/api/v1/contracts/loads.daily/backfill", "{\"from\": \"2026-01-01\"}"),
        422,
        42202,
        "to: required");
    assertError(
        send(
            "POST",
            "/api/v1/contracts/loads.daily/backfill",
            "{\"from\": \"yesterday\", \"to\": \"2026-01-03\"}"),
        422,
        42202,
        "from: 'yesterday' is not a date");
    assertError(
        send(
            "POST",
            "/api/v1/contracts/loads.daily/backfill",
            "{\"from\": \"2026-01-01\", \"to\": \"2030-01-03\"}"),
        422,
        42202,
        "checks.maxBackfillDays");
    assertError(
        send("POST", "/api/v1/contracts/loads.daily/backfill", "{\"days\": 3}"),
        422,
        42202,
        "days: unknown field");
  }

  @Test
  void baselineResetIsStoredAndShownWithLaterVerdicts() throws Exception {
    String first = submit(Map.of("contract", "orders.learn"));
    awaitFinished(first);
    String path = "/api/v1/contracts/orders.learn/checks/row_count_anomaly/baseline-reset";
    Reply ok =
        send(
            "POST",
            path,
            JSON.writeValueAsString(
                Map.of(
                    "approved_by", "owner@example.com",
                    "reason", "new market",
                    "from_run", first)));
    assertThat(ok.status()).as(ok.raw().body()).isEqualTo(201);
    assertThat(ok.body().get("dataset").asText()).isEqualTo("warehouse:orders_learn");
    assertThat(ok.body().get("metrics").get(0).asText()).isEqualTo("row_count");
    assertThat(ok.body().get("approved_by").asText()).isEqualTo("owner@example.com");
    assertThat(ok.body().get("from_run").asText()).isEqualTo(first);
    assertThat(
            count(
                "select count(*) from checks.baseline_reset where dataset = 'warehouse:orders_learn'"
                    + " and metric = 'row_count' and from_run = '"
                    + first
                    + "'"))
        .isEqualTo(1);

    JsonNode later = awaitFinished(submit(Map.of("contract", "orders.learn")));
    JsonNode verdict = result(later, "row_count_anomaly");
    assertThat(verdict.get("message").asText())
        .contains("learning: 1 of 7")
        .contains("baseline reset approved by owner@example.com")
        .endsWith(": new market");

    assertError(
        send(
            "POST",
            "/api/v1/contracts/nope/checks/x/baseline-reset",
            "{\"approved_by\": \"a\", \"reason\": \"b\"}"),
        404,
        40401,
        "'nope'");
    assertError(
        send(
            "POST",
            "/api/v1/contracts/orders.learn/checks/nope/baseline-reset",
            "{\"approved_by\": \"a\", \"reason\": \"b\"}"),
        404,
        40403,
        "no check named 'nope'");
    assertError(
        send(
            "POST",
            "/api/v1/contracts/orders.ok/checks/row_count/baseline-reset",
            "{\"approved_by\": \"a\", \"reason\": \"b\"}"),
        422,
        42202,
        "has no learned baseline");
    assertError(send("POST", path, "{\"reason\": \"b\"}"), 422, 42202, "approved_by: required");
    assertError(
        send("POST", path, "{\"approved_by\": \"a\", \"reason\": 5}"),
        422,
        42202,
        "reason: must be a non-blank string");
    assertError(
        send("POST", path, "{\"approved_by\": \"a\", \"reason\": \"b\", \"x\": 1}"),
        422,
        42202,
        "x: unknown field");
    assertError(
        send(
            "POST",
            path,
            "{\"approved_by\": \"a\", \"reason\": \"b\", \"from_run\": \"no-such-run\"}"),
        404,
        40402,
        "from_run 'no-such-run'");
  }

  @Test
  void passingRunIsAcceptedThenFinishesWithItsResults() throws Exception {
    String id = submit(Map.of("contract", "orders.ok", "load_id", "load-7"));
    JsonNode run = awaitFinished(id);
    assertThat(run.get("status").asText()).isEqualTo("PASS");
    assertThat(run.get("contract").asText()).isEqualTo("orders.ok");
    assertThat(run.get("contract_version").asInt()).isEqualTo(1);
    assertThat(run.get("dataset").asText()).isEqualTo("warehouse:orders_ok");
    assertThat(run.get("trigger").asText()).isEqualTo("api");
    assertThat(run.get("load_id").asText()).isEqualTo("load-7");
    assertThat(run.hasNonNull("queued_at")).isTrue();
    assertThat(Instant.parse(run.get("finished_at").asText()))
        .isAfterOrEqualTo(Instant.parse(run.get("started_at").asText()));
    assertThat(run.get("results")).hasSize(3);
    JsonNode rows = result(run, "row_count");
    assertThat(rows.get("status").asText()).isEqualTo("PASS");
    assertThat(rows.get("observed_value").asDouble()).isEqualTo(2.0);
    assertThat(rows.get("check_type").asText()).isEqualTo("row_count");
    assertThat(result(run, "not_null(id)").get("column").asText()).isEqualTo("id");
  }

  @Test
  void failingRunReportsTheFailureWithASample() throws Exception {
    JsonNode run = awaitFinished(submit(Map.of("contract", "orders.dup")));
    assertThat(run.get("status").asText()).isEqualTo("FAIL");
    JsonNode u = result(run, "unique(id)");
    assertThat(u.get("status").asText()).isEqualTo("FAIL");
    assertThat(u.get("observed_value").asDouble()).isEqualTo(1.0 / 3);
    assertThat(u.get("message").asText()).startsWith("1 of 3 non-null values are duplicates");
    assertThat(u.get("thresholds").get("fail").asDouble()).isEqualTo(0.0);
    assertThat(u.get("failed_rows_sample").get(0).get("id").asInt()).isEqualTo(1);
    assertThat(u.get("failed_rows_sample").get(0).get("occurrences").asInt()).isEqualTo(2);
  }

  @Test
  void repeatingARunIdReplacesItsResults() throws Exception {
    for (int i = 0; i < 2; i++) {
      assertThat(submit(Map.of("contract", "orders.ok", "run_id", "nightly-42")))
          .isEqualTo("nightly-42");
      assertThat(awaitFinished("nightly-42").get("status").asText()).isEqualTo("PASS");
    }
    assertThat(awaitFinished("nightly-42").get("results")).hasSize(3);
    assertThat(count("select count(*) from checks.check_result where run_id = 'nightly-42'"))
        .isEqualTo(3);
    assertThat(count("select count(*) from checks.check_run where run_id = 'nightly-42'"))
        .isEqualTo(1);
  }

  private void awaitStatus(String runId, String status) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (get("/api/v1/runs/" + runId).body().get("status").asText().equals(status)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("run " + runId + " never reached " + status);
  }

  @Test
  void aRunIdThatIsStillRunningCannotBeSubmittedAgain() throws Exception {
    submit(Map.of("contract", "a.slow", "run_id", "busy-1"));
    assertError(
        post(Map.of("contract", "a.slow", "run_id", "busy-1")),
        409,
        40901,
        "'busy-1' is queued or running");
    assertThat(awaitFinished("busy-1").get("status").asText()).isEqualTo("PASS");
  }

  @Test
  void oneRunPerTableAtATimeButTablesInParallel() throws Exception {
    String slow = submit(Map.of("contract", "a.slow"));
    awaitStatus(slow, "RUNNING"); // the slow run holds table_a
    String sameTable = submit(Map.of("contract", "a.fast"));
    String otherTable = submit(Map.of("contract", "b.fast"));
    assertThat(get("/api/v1/runs/" + sameTable).body().get("status").asText()).isEqualTo("QUEUED");
    JsonNode b = awaitFinished(otherTable);
    JsonNode a1 = awaitFinished(slow);
    JsonNode a2 = awaitFinished(sameTable);
    Instant slowFinished = Instant.parse(a1.get("finished_at").asText());
    assertThat(Instant.parse(b.get("finished_at").asText()))
        .as("table_b is not held up by table_a's slow run")
        .isBefore(slowFinished);
    assertThat(Instant.parse(a2.get("started_at").asText()))
        .as("the second table_a run waits for the first")
        .isAfterOrEqualTo(slowFinished);
    assertThat(a1.get("status").asText()).isEqualTo("PASS");
    assertThat(a2.get("status").asText()).isEqualTo("PASS");
  }

  @Test
  void unreachableDatasourceIsAnErrorPerCheckAndTheNextRunWorks() throws Exception {
    PGSimpleDataSource down = new PGSimpleDataSource();
    down.setServerNames(new String[] {"localhost"});
    down.setPortNumbers(new int[] {1});
    down.setDatabaseName("nothing");
    down.setConnectTimeout(2);
    FLAKY.set(down);
    JsonNode failed = awaitFinished(submit(Map.of("contract", "flaky")));
    assertThat(failed.get("status").asText()).isEqualTo("ERROR");
    String message = "datasource 'flaky' is unreachable or the connection was lost";
    assertThat(failed.get("error").asText()).isEqualTo(message);
    assertThat(failed.get("results")).hasSize(2);
    for (JsonNode r : failed.get("results")) {
      assertThat(r.get("status").asText()).isEqualTo("ERROR");
      assertThat(r.get("message").asText()).isEqualTo(message);
    }
    FLAKY.set(db.dataSource());
    JsonNode ok = awaitFinished(submit(Map.of("contract", "flaky")));
    assertThat(ok.get("status").asText()).isEqualTo("PASS");
    assertThat(ok.has("error")).isFalse();
  }

  @Test
  void scopeParametersAreValidatedAndBound() throws Exception {
    JsonNode scoped =
        awaitFinished(
            submit(Map.of("contract", "loads", "params", Map.of("since", "2026-01-15T00:00:00Z"))));
    assertThat(scoped.get("status").asText()).as("only one row is in scope").isEqualTo("FAIL");
    assertThat(result(scoped, "row_count").get("observed_value").asDouble()).isEqualTo(1.0);
    assertThat(scoped.get("params").get("since").asText()).isEqualTo("2026-01-15T00:00:00Z");

    assertError(
        post(Map.of("contract", "loads", "params", Map.of("since", "last tuesday"))),
        422,
        42202,
        "params.since: 'last tuesday' is not an ISO-8601 timestamp");
    assertError(
        post(
            Map.of(
                "contract",
                "loads",
                "params",
                Map.of("since", "2026-01-15T00:00:00Z", "sinse", "x"))),
        422,
        42202,
        "params.sinse: unknown parameter");
    assertError(post(Map.of("contract", "loads")), 422, 42202, "params.since: required");
    assertError(
        post(
            Map.of(
                "contract",
                "loads",
                "params",
                Map.of("since", "2026-02-01T00:00:00Z", "until", "2026-01-01T00:00:00Z"))),
        422,
        42202,
        "params.until: must be after params.since");
    assertError(
        post(Map.of("contract", "orders.ok", "params", Map.of("since", List.of(1)))),
        422,
        42202,
        "params.since: must be a string, a number or a boolean");
  }

  @Test
  void badRequestsAreRefusedWithClearErrors() throws Exception {
    assertError(
        post(Map.of("contract", "no.such.contract")),
        404,
        40401,
        "contract 'no.such.contract' is not in the catalog");
    assertError(post(Map.of("contract", "schema.only")), 422, 42201, "has no dataset");
    assertError(
        post(Map.of("contract", "orders.draft")),
        409,
        40902,
        "contract 'orders.draft' is a draft: drafts are linted and diffed, not checked");
    assertError(
        post(Map.of("contract", "orders.retired")),
        409,
        40902,
        "contract 'orders.retired' is retired: it takes no new runs; its quality history stays at"
            + " /api/v1/contracts/orders.retired/results");
    assertError(post(Map.of("contrat", "orders.ok")), 422, 42202, "contrat: unknown field");
    assertError(post(Map.of("run_id", "x")), 422, 42202, "contract: required");
    assertError(post(Map.of("contract", 7)), 422, 42202, "contract: must be a string");
    assertError(
        post(Map.of("contract", "orders.ok", "run_id", "a\nb")),
        422,
        42202,
        "run_id: must not contain control characters");
    assertError(
        post(Map.of("contract", "orders.ok", "run_id", "a/b")),
        422,
        42290,
        "field 'run_id' must be 1-200 letters, digits or");
    assertError(send("POST", "/api/v1/runs", "{\"contract\": "), 400, 40001, "not valid JSON");
    assertError(get("/api/v1/runs/never-ran"), 404, 40402, "run 'never-ran' does not exist");
    assertError(
        get("/api/v1/runs?limit=5000"), 400, 40091, "limit: must be a whole number from 1 to 200");
    assertError(get("/api/v1/runs?status=DONE"), 422, 42202, "status: must be one of");
    assertError(get("/api/v1/runs/x/y"), 404, 40400, "no such resource");
    assertError(send("DELETE", "/api/v1/runs", null), 405, 40500, "method not allowed");
  }

  @Test
  void everyPathAnswersTheEdgesErrorShape() throws Exception {
    Reply other = get("/other/missing");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body().get("error_code").asInt()).isEqualTo(40400);
    Reply ours = get("/api/v1/runs/a/b");
    assertThat(ours.body().get("error_code").asInt()).isEqualTo(40400);
  }

  @Test
  void contractHistoryIsNewestFirstAndHonoursSinceAndLimit() throws Exception {
    String first = submit(Map.of("contract", "b.fast"));
    awaitFinished(first);
    Thread.sleep(20);
    Instant between = Instant.now();
    Thread.sleep(20);
    String second = submit(Map.of("contract", "b.fast"));
    awaitFinished(second);

    Reply all = get("/api/v1/contracts/b.fast/results?limit=200");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().get("contract").asText()).isEqualTo("b.fast");
    List<String> ids = all.body().get("runs").findValuesAsText("run_id");
    assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first)).isGreaterThanOrEqualTo(0);
    assertThat(all.body().get("runs").get(0).get("results").get(0).get("check_name").asText())
        .isEqualTo("row_count");

    Reply since = get("/api/v1/contracts/b.fast/results?since=" + between);
    assertThat(since.body().get("runs")).hasSize(1);
    assertThat(since.body().get("runs").get(0).get("run_id").asText()).isEqualTo(second);

    Reply one = get("/api/v1/contracts/b.fast/results?limit=1");
    assertThat(one.body().get("runs")).hasSize(1);
    assertThat(one.body().get("runs").get(0).get("run_id").asText()).isEqualTo(second);

    assertError(
        get("/api/v1/contracts/b.fast/results?since=yesterday"),
        422,
        42290,
        "field 'since' must be an ISO-8601 time with a zone");
    assertError(
        get("/api/v1/contracts/b.fast/results?since=%2B10000-01-01T00:00:00Z"),
        422,
        42290,
        "field 'since' must be a time in the years 1 to 9999");
    assertError(
        get("/api/v1/contracts/nobody/results"),
        404,
        40401,
        "'nobody' is not in the catalog and has no results");
  }

  @Test
  void runsAreListedByContractAndStatus() throws Exception {
    awaitFinished(submit(Map.of("contract", "orders.dup")));
    Reply failed = get("/api/v1/runs?contract=orders.dup&status=fail&limit=10");
    assertThat(failed.status()).isEqualTo(200);
    assertThat(failed.body().get("runs").size()).isGreaterThanOrEqualTo(1);
    for (JsonNode r : failed.body().get("runs")) {
      assertThat(r.get("contract").asText()).isEqualTo("orders.dup");
      assertThat(r.get("status").asText()).isEqualTo("FAIL");
      assertThat(r.has("results")).isFalse();
    }
    assertThat(get("/api/v1/runs?contract=orders.dup&status=PASS").body().get("runs")).isEmpty();
  }

  @Test
  void runsAndAContractsResultsPageByCursorEachRunOnceInOrder() throws Exception {
    // 23 runs of one contract in 5 instants (ties in the sort key), plus a queued one
    for (int i = 0; i < 23; i++) {
      db.execute(
          "insert into checks.check_run (run_id, contract_id, contract_version, dataset,"
              + " datasource, trigger, status, started_at) values ('page-"
              + (char) ('a' + i)
              + "', 'paged', 1, 'warehouse:t', 'warehouse', 'cli', 'PASS', timestamptz"
              + " '2020-01-0"
              + (1 + i % 5)
              + " 00:00:00Z')");
    }
    db.execute(
        "insert into checks.check_run (run_id, contract_id, contract_version, dataset, datasource,"
            + " trigger, status, queued_at) values ('page-queued', 'paged', 1, 'warehouse:t',"
            + " 'warehouse', 'api', 'QUEUED', timestamptz '2020-01-03 00:00:00Z')");
    List<String> expected =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select run_id from checks.check_run where contract_id = 'paged'"
                            + " order by coalesce(started_at, queued_at) desc, run_id desc")
                    .mapTo(String.class)
                    .list());
    assertThat(expected).hasSize(24);
    assertThat(walk("/api/v1/runs?contract=paged&limit=5")).isEqualTo(expected);
    assertThat(walk("/api/v1/contracts/paged/results?limit=7")).isEqualTo(expected);
    assertThat(walk("/api/v1/runs?contract=paged&limit=200")).isEqualTo(expected);

    String next = get("/api/v1/runs?contract=paged&limit=5").body().get("next").asText();
    assertError(
        get("/api/v1/contracts/paged/results?next=" + next),
        400,
        40091,
        "next: a cursor from another list");
    assertError(get("/api/v1/runs?next=garbled" + next), 400, 40091, "next: not a cursor");
    assertError(get("/api/v1/runs?next=" + next.substring(1)), 400, 40091, "next: not a cursor");
    for (String limit : List.of("0", "-1", "201", "ten")) {
      assertError(get("/api/v1/runs?limit=" + limit), 400, 40091, "limit: must be a whole number");
      assertError(
          get("/api/v1/contracts/paged/results?limit=" + limit),
          400,
          40091,
          "limit: must be a whole number from 1 to 200");
    }
  }

  /** Every run id of every page, following {@code next} until it is null. */
  private static List<String> walk(String first) throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    String url = first;
    int pages = 0;
    while (true) {
      Reply page = get(url);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body().has("next")).isTrue();
      page.body().get("runs").forEach(r -> ids.add(r.get("run_id").asText()));
      pages++;
      assertThat(pages).isLessThan(100);
      if (page.body().get("next").isNull()) {
        return ids;
      }
      url = first + "&next=" + page.body().get("next").asText();
    }
  }
}
