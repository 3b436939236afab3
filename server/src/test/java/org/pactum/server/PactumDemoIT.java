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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.db.JdbiTokenStore;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumSourceProvider;
import org.pactum.server.demo.DemoAdminToken;
import org.pactum.server.demo.DemoErasure;
import picocli.CommandLine;

/**
 * {@code pactum demo}'s server, authentication required as {@code pactum demo} runs it: the admin
 * token it prints on its first start opens the API (anonymous callers get 401); the example
 * warehouse with four weeks of loads, each checked as it landed, the last one broken; the results
 * through the runs API; {@code pactum checks run} against it.
 */
class PactumDemoIT {
  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static String url;
  private static final List<String> console = new CopyOnWriteArrayList<>();
  private static String token;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    app =
        PactumTestServer.create(
            PactumSourceProvider.DEFAULT,
            console::add,
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("demo", "true"),
            ConfigOverride.config("datasources.warehouse.url", ""),
            PactumTestServer.AUTH_REQUIRED);
    app.before();
    url = "http://localhost:" + app.getLocalPort();
    token = printedToken();
  }

  /** The secret of {@code export PACTUM_TOKEN=…}, which the demo prints exactly once. */
  private static String printedToken() {
    List<String> exports =
        console.stream().filter(l -> l.strip().startsWith("export PACTUM_TOKEN=")).toList();
    assertThat(exports).as(String.join("\n", console)).hasSize(1);
    return exports.get(0).strip().substring("export PACTUM_TOKEN=".length());
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create(url + path))
        .header("Authorization", "Bearer " + token);
  }

  @AfterAll
  static void stop() {
    app.after();
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(authorized(path).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  private static Map<String, String> statuses(JsonNode run) {
    Map<String, String> byCheck = new HashMap<>();
    run.path("results")
        .forEach(r -> byCheck.put(r.path("check_name").asText(), r.path("status").asText()));
    return byCheck;
  }

  /** The run ids {@code DemoReplay} gives a contract's daily loads: {@code demo-<id>-day-NN}. */
  private static String demoRun(String contract, int day) {
    return String.format("demo-%s-day-%02d", contract, day);
  }

  /**
   * The demo's own runs of a contract, by run id, oldest day first: whatever other tests ran
   * against the same server (e.g. {@code pactum checks run}) is left out, so no test depends on the
   * order JUnit runs them in.
   */
  private List<JsonNode> demoRuns(String contract) throws Exception {
    String prefix = "demo-" + contract + "-day-";
    List<JsonNode> runs = new ArrayList<>();
    get("/api/v1/contracts/" + contract + "/results?limit=100")
        .path("runs")
        .forEach(
            r -> {
              if (r.path("run_id").asText().startsWith(prefix)) {
                runs.add(r);
              }
            });
    runs.sort(Comparator.comparing(r -> r.path("run_id").asText()));
    return runs;
  }

  private static JsonNode result(JsonNode run, String check) {
    for (JsonNode r : run.path("results")) {
      if (r.path("check_name").asText().equals(check)) {
        return r;
      }
    }
    throw new AssertionError("no result " + check + " in " + run);
  }

  /** The learned band a check was judged against ({@code thresholds.anomaly.band}). */
  private static JsonNode anomalyBand(JsonNode run, String check) throws Exception {
    JsonNode thresholds = result(run, check).path("thresholds");
    if (thresholds.isTextual()) {
      thresholds = new ObjectMapper().readTree(thresholds.asText());
    }
    JsonNode band = thresholds.path("anomaly").path("band");
    assertThat(band.isObject()).as("%s thresholds %s", check, thresholds).isTrue();
    return band;
  }

  @Test
  void theHistoryHasFourWeeksOfPassingLoadsAndTodaysBrokenOne() throws Exception {
    List<JsonNode> runs = demoRuns("orders.order_placed");

    assertThat(runs)
        .extracting(r -> r.path("run_id").asText())
        .containsExactlyElementsOf(
            IntStream.range(0, 28).mapToObj(d -> demoRun("orders.order_placed", d)).toList());
    JsonNode today = runs.get(27);
    assertThat(today.path("status").asText()).isEqualTo("FAIL");
    assertThat(statuses(today))
        .containsEntry("not_null(customer_id)", "FAIL")
        .containsEntry("range(amount)", "FAIL")
        .containsEntry("freshness(loaded_at)", "FAIL")
        .containsEntry("unique(order_id)", "PASS");
    for (JsonNode earlier : runs.subList(0, 27)) {
      assertThat(earlier.path("status").asText())
          .as(earlier.path("run_id").asText())
          .isEqualTo("PASS");
    }
    List<JsonNode> payments = demoRuns("payments.payment");
    assertThat(payments).hasSize(28);
    JsonNode paymentsToday = payments.get(27);
    assertThat(paymentsToday.path("run_id").asText()).isEqualTo(demoRun("payments.payment", 27));
    assertThat(paymentsToday.path("status").asText()).isEqualTo("WARN");
    assertThat(statuses(paymentsToday)).containsEntry("decline_rate", "WARN");
  }

  /**
   * What {@code pactum demo} prints and the README's demo section promises: on today's broken load,
   * the checks judged against baselines learned from the four weeks flag it — {@code
   * mean_anomaly(amount)} FAIL (the out-of-range amounts move the mean) and {@code
   * distinct_count_anomaly(customer_id)} WARN (the missing customer ids) — while the same checks
   * passed every earlier day.
   */
  @Test
  void theLearnedBaselinesFlagTodaysLoadAsTheDemoAdvertises() throws Exception {
    List<JsonNode> runs = demoRuns("orders.order_placed");
    assertThat(runs).hasSize(28);

    JsonNode today = runs.get(27);
    assertThat(today.path("run_id").asText()).isEqualTo(demoRun("orders.order_placed", 27));
    assertThat(statuses(today))
        .containsEntry("mean_anomaly(amount)", "FAIL")
        .containsEntry("distinct_count_anomaly(customer_id)", "WARN");
    // judged against what was learned: a full training window, today's value outside the band
    JsonNode mean = anomalyBand(today, "mean_anomaly(amount)");
    assertThat(mean.path("training_size").asInt())
        .isGreaterThanOrEqualTo(mean.path("min_history").asInt())
        .isGreaterThan(0);
    double meanToday = result(today, "mean_anomaly(amount)").path("observed_value").asDouble();
    assertThat(
            meanToday < mean.path("fail_lower").asDouble()
                || meanToday > mean.path("fail_upper").asDouble())
        .as("mean %s outside the fail band %s", meanToday, mean)
        .isTrue();
    JsonNode distinct = anomalyBand(today, "distinct_count_anomaly(customer_id)");
    assertThat(distinct.path("training_size").asInt())
        .isGreaterThanOrEqualTo(distinct.path("min_history").asInt())
        .isGreaterThan(0);
    double distinctToday =
        result(today, "distinct_count_anomaly(customer_id)").path("observed_value").asDouble();
    assertThat(distinctToday)
        .as("below the warning band, inside the failure band: %s", distinct)
        .isLessThan(distinct.path("lower").asDouble())
        .isGreaterThanOrEqualTo(distinct.path("fail_lower").asDouble());
    JsonNode customers = get("/api/v1/contracts/crm.customer/results?limit=100").path("runs");
    assertThat(customers.findValuesAsText("run_id")).contains(demoRun("crm.customer", 27));
  }

  private HttpResponse<String> page(String path) throws Exception {
    return http.send(authorized(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theStewardsPagesShowTheQualityHistoryAndTodaysBrokenRun() throws Exception {
    HttpResponse<String> list = page("/ui/");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("href=\"/ui/contracts/orders.order_placed\"")
        .contains("verdict-fail\">FAIL</span>");

    HttpResponse<String> contract = page("/ui/contracts/orders.order_placed");
    assertThat(contract.statusCode()).isEqualTo(200);
    String html = contract.body();
    assertThat(html)
        .contains("Quality history")
        .contains("data-check=\"not_null(customer_id)\"")
        .contains("href=\"/ui/runs/demo-orders.order_placed-day-27\"")
        .contains("<polyline points=")
        .contains("cell cell-fail");
    // 28 days of loads, each a column (more if another test ran the checks again)
    assertThat(html.split("class=\"run-head\"", -1).length - 1).isBetween(28, 30);

    HttpResponse<String> run = page("/ui/runs/demo-orders.order_placed-day-27");
    assertThat(run.statusCode()).isEqualTo(200);
    assertThat(run.body())
        .contains("verdict verdict-fail\">FAIL</span>")
        .contains("data-check=\"range(amount)\"")
        .contains("failed row");

    // a retained PII column shows why it is kept
    assertThat(page("/ui/contracts/payments.payment").body())
        .containsPattern("<code>amount.units</code> \\(retain: [^)]*§257");

    HttpResponse<String> missing = page("/ui/runs/no-such-run");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("No run with id no-such-run");
    assertThat(page("/ui/contracts/no.such").statusCode()).isEqualTo(404);
  }

  @Test
  void checksRunFollowsARunAndExitsByItsStatus() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    String since = java.time.Instant.now().minus(java.time.Duration.ofHours(20)).toString();
    int orders =
        cli.execute(
            "checks",
            "run",
            "--contract",
            "orders.order_placed",
            "--since",
            since,
            "--wait",
            "--server",
            url,
            "--run-id",
            "it-orders",
            "--token",
            token);
    int customers =
        cli.execute(
            "checks",
            "run",
            "--contract",
            "crm.customer",
            "--wait",
            "--server",
            url,
            "--token",
            token);

    assertThat(orders).as(out + "\n" + err).isEqualTo(1);
    assertThat(out.toString())
        .contains("freshness(loaded_at)")
        .contains("orders.order_placed it-orders: FAIL");
    assertThat(err.toString()).contains("orders.order_placed it-orders: ");
    assertThat(customers).as(out + "\n" + err).isZero();
  }

  @Test
  void checksRunReportsAnUnknownContractAndAnUnreachableServer() {
    StringWriter err = new StringWriter();
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    assertThat(
            cli.execute(
                "checks", "run", "--contract", "no.such", "--server", url, "--token", token))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no.such");
    assertThat(
            cli.execute(
                "checks", "run", "--contract", "crm.customer", "--server", "http://localhost:9"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot reach the Pactum server");
  }

  @Test
  void theDemoStreamDeadLettersBadOrdersWithTheirReasonsInTheApiAndTheUi() throws Exception {
    assertThat(String.join("\n", console))
        .contains("Streams: a Kafka node (KRaft) runs in this process")
        .contains("/ui/streams/orders.order_placed");
    // the first 10-second window closes about half a minute after the stream starts
    JsonNode window = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (window == null && System.nanoTime() < deadline) {
      JsonNode stream = get("/api/v1/streams/orders.order_placed?windows=5");
      for (JsonNode w : stream.path("windows")) {
        if (w.path("records").asLong() >= 100) { // a whole window (the first may be partial)
          window = w;
        }
      }
      if (window == null) {
        Thread.sleep(500);
      }
    }
    assertThat(window).as("a closed window of the demo stream").isNotNull();
    assertThat(window.path("status").asText()).isEqualTo("FAIL");
    assertThat(window.path("dead_lettered").asLong()).isPositive();
    assertThat(window.path("passed").asLong()).isGreaterThan(window.path("dead_lettered").asLong());
    assertThat(window.at("/undecodable/unknown_schema").asLong()).isPositive();
    assertThat(window.path("erased").asLong()).as("orders of the erased customer").isPositive();
    // none of the erased customer's orders reached the valid topic (the demo keys orders by
    // customer)
    String line =
        console.stream().filter(l -> l.contains("runs in this process at")).findFirst().get();
    String bootstrap = line.replaceAll(".*runs in this process at ([^;]+);.*", "$1");
    assertThat(validKeys(bootstrap, "orders.order_placed.valid"))
        .isNotEmpty()
        .doesNotContain(DemoErasure.SUBJECT);

    JsonNode letters = get("/api/v1/streams/orders.order_placed/dead-letters?limit=20");
    List<String> reasons = new ArrayList<>();
    for (JsonNode d : letters.path("dead_letters")) {
      assertThat(d.at("/about/producer.service.id").asText()).isEqualTo("checkout-api");
      for (JsonNode r : d.path("reasons")) {
        reasons.add(r.path("class").asText() + " " + r.path("check").asText(""));
      }
    }
    assertThat(reasons)
        .contains(
            "CHECK_FAILED not_null(customer_id)", "CHECK_FAILED range(amount)", "UNKNOWN_SCHEMA ");

    HttpResponse<String> page =
        http.send(
            authorized("/ui/streams/orders.order_placed").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<svg class=\"stream-bars\"")
        .contains("not_null(customer_id)")
        .contains("no schema has id");
  }

  private static List<String> validKeys(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<String> keys = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts =
          c.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline
          && parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          if (r.key() != null) {
            keys.add(new String(r.key(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return keys;
  }

  @Test
  void theDemoRecordsLineageFromItsSqlTransforms() throws Exception {
    JsonNode down = get("/api/v1/lineage/datasets/warehouse:public.orders?direction=down");
    assertThat(down.path("nodes").findValuesAsText("name"))
        .containsExactlyInAnyOrder("mart.daily_revenue", "mart.customer_value");
    JsonNode revenue =
        get("/api/v1/lineage/columns/warehouse:mart.daily_revenue/revenue?direction=up");
    assertThat(revenue.path("edges").toString())
        .contains("\"subtype\":\"AGGREGATION\"", "\"subtype\":\"FILTER\"");
    JsonNode findings = get("/api/v1/lineage/pii-findings");
    assertThat(findings.toString())
        .contains("\"dataset\":\"marketing.audience\",\"column\":\"email\"")
        .doesNotContain("phone_hash");
  }

  @Test
  void theDemoPrintsItsAdminTokenOnceAndTheApiRequiresIt() throws Exception {
    assertThat(token).matches("pct_[0-9A-Za-z]{49}");
    assertThat(String.join("\n", console))
        .contains("The demo's admin API token demo-admin, shown this once")
        .contains("the UI's sign-in page (/ui/login) takes the token");
    String body = "{\"name\": \"demo-it-reader\", \"role\": \"reader\", \"expires_in\": \"1h\"}";

    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/v1/contracts")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(401);

    HttpResponse<String> created =
        http.send(
            authorized("/api/v1/tokens")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode tokens = get("/api/v1/tokens");
    assertThat(tokens.path("tokens").findValuesAsText("name")).contains("demo-admin");
    assertThat(tokens.toString()).doesNotContain(token);
  }

  /**
   * A later start of the demo finds its admin token and says so, printing no secret; {@code pactum
   * demo --new-token} revokes it and prints a new one.
   */
  @Test
  void aLaterStartSaysTheTokenExistsAndANewOneIsMadeOnlyWhenAsked() throws Exception {
    ApiTokens tokens =
        new ApiTokens(
            new JdbiTokenStore(((PactumApplication) app.getApplication()).jdbi()),
            Clock.systemUTC(),
            new SecureRandom(),
            ApiTokens.RECHECK,
            10);
    List<String> later = new ArrayList<>();
    DemoAdminToken demo = new DemoAdminToken(tokens, later::add, Clock.systemUTC());

    assertThat(demo.run(AuthMode.REQUIRED, false)).isEmpty();
    assertThat(String.join("\n", later))
        .contains("The admin API token demo-admin exists")
        .contains("pactum token create --name NAME --role admin")
        .contains("pactum demo --new-token")
        .doesNotContain("pct_");

    later.clear();
    String renewed = demo.run(AuthMode.REQUIRED, true).orElseThrow().secret().reveal();
    assertThat(renewed).isNotEqualTo(token);
    assertThat(later).contains("  export PACTUM_TOKEN=" + renewed);
    String previous = token;
    token = renewed; // the tests that follow use the live one
    HttpResponse<String> r =
        http.send(
            authorized("/api/v1/tokens?revoked=true").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode all = new ObjectMapper().readTree(r.body()).path("tokens");
    List<String> demoStates = new ArrayList<>();
    all.forEach(
        t -> {
          if (t.path("name").asText().equals("demo-admin")) {
            demoStates.add(t.path("state").asText());
          }
        });
    assertThat(demoStates).containsExactlyInAnyOrder("revoked", "active");
    assertThat(r.body()).doesNotContain(previous).doesNotContain(renewed);
  }
}
