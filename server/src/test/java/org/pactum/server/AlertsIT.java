package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.testsupport.RecordingHttpReceiver;
import org.pactum.testsupport.RecordingHttpReceiver.Recorded;

/**
 * The alert router in the whole server: the demo's broken load opens incidents, two more real check
 * runs through {@code POST /api/v1/runs} escalate the failed freshness check to PagerDuty (a
 * recording receiver standing in for Slack and PagerDuty), and the inhibited checks are recorded
 * with their reason. Also {@code pactum alerts route} against the same configuration file.
 */
class AlertsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLACK_PATH = "/services/T0/B0/itSECRET";
  private static final String KEY = "itROUTINGkeyitROUTINGkeyitROUTIN";
  private static final String FRESHNESS = "freshness(loaded_at)";

  @TempDir static Path work;
  private static RecordingHttpReceiver receiver;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static Path config;
  private static String url;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    receiver = RecordingHttpReceiver.start();
    String yaml =
        Files.readString(Path.of("config/pactum.yml"))
            .replace(
                "  receivers: []\n  # receivers:",
                "  receivers:\n"
                    + "    - {name: \"slack:#checkout-data\", type: slack, url: \""
                    + receiver.uri(SLACK_PATH)
                    + "\"}\n"
                    + "    - {name: \"pagerduty:checkout-oncall\", type: pagerduty, routingKey: \""
                    + KEY
                    + "\"}\n"
                    + "  # receivers:")
            .replace(
                "${PACTUM_CONTRACTS:-contracts/examples}", PactumTestServer.EXAMPLES.toString());
    assertThat(yaml).contains(KEY);
    config = work.resolve("pactum-alerts.yml");
    Files.writeString(config, yaml);
    app =
        PactumTestServer.create(
            config.toString(),
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("demo", "true"),
            ConfigOverride.config("datasources.warehouse.url", ""),
            ConfigOverride.config("checks.freshnessInterval", "0s"),
            ConfigOverride.config("alerts.pagerdutyBaseUrl", receiver.uri("").toString()),
            ConfigOverride.config("alerts.delivery.pollInterval", "50ms"),
            ConfigOverride.config("alerts.delivery.slackMinInterval", "10ms"));
    app.before();
    url = "http://localhost:" + app.getLocalPort();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
    if (receiver != null) {
      receiver.close();
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

  private JsonNode incident(String contract, String check) throws Exception {
    for (JsonNode i : send("GET", "/api/v1/incidents?limit=1000", null).path("incidents")) {
      if (i.path("contract_id").asText().equals(contract)
          && i.path("check").asText().equals(check)) {
        return send("GET", "/api/v1/incidents/" + i.path("id").asLong(), null);
      }
    }
    throw new AssertionError("no incident for " + contract + " " + check);
  }

  private void runOrdersAndWait(String runId) throws Exception {
    String since = Instant.now().minus(Duration.ofHours(20)).toString();
    send(
        "POST",
        "/api/v1/runs",
        JSON.writeValueAsString(
            Map.of(
                "contract",
                "orders.order_placed",
                "run_id",
                runId,
                "params",
                Map.of("since", since))));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!List.of("PASS", "WARN", "FAIL", "ERROR")
        .contains(send("GET", "/api/v1/runs/" + runId, null).path("status").asText())) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void realCheckRunsEscalateAFailedFreshnessCheckToPagerDuty() throws Exception {
    JsonNode opened = incident("orders.order_placed", FRESHNESS);
    assertThat(opened.path("incident").path("state").asText()).isEqualTo("WARNING");
    assertThat(opened.path("incident").path("link").asText())
        .endsWith("/api/v1/runs/demo-orders.order_placed-day-27");

    runOrdersAndWait("alerts-it-1");
    runOrdersAndWait("alerts-it-2");

    List<Recorded> pages =
        receiver.await(r -> r.path().equals("/v2/enqueue"), 1, Duration.ofSeconds(30));
    JsonNode trigger = JSON.readTree(pages.get(0).body());
    assertThat(trigger.path("routing_key").asText()).isEqualTo(KEY);
    assertThat(trigger.path("event_action").asText()).isEqualTo("trigger");
    assertThat(trigger.path("dedup_key").asText()).contains("orders.order_placed/" + FRESHNESS);
    assertThat(trigger.path("payload").path("severity").asText()).isEqualTo("critical");
    assertThat(trigger.path("payload").path("class").asText()).isEqualTo("freshness");
    assertThat(trigger.path("links").get(0).path("href").asText())
        .endsWith("/api/v1/runs/alerts-it-2");

    JsonNode critical = incident("orders.order_placed", FRESHNESS);
    assertThat(critical.path("incident").path("state").asText()).isEqualTo("CRITICAL");
    assertThat(critical.path("incident").path("consecutive_failures").asInt()).isEqualTo(3);

    List<Recorded> slack =
        receiver.await(r -> r.path().equals(SLACK_PATH), 2, Duration.ofSeconds(30));
    assertThat(slack)
        .extracting(r -> JSON.readTree(r.body()).path("text").asText())
        .anySatisfy(t -> assertThat(t).startsWith("Check failing:").contains(FRESHNESS))
        .anySatisfy(t -> assertThat(t).startsWith("Escalated to critical:"));
    assertThat(slack).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));

    // the other failing checks of that dataset were inhibited by the failed freshness check
    JsonNode notNull = incident("orders.order_placed", "not_null(customer_id)");
    assertThat(notNull.path("deliveries"))
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.path("status").asText()).isEqualTo("SUPPRESSED");
              assertThat(d.path("reason").asText())
                  .startsWith("inhibited: freshness check " + FRESHNESS + " failed");
            });
  }

  @Test
  void alertsRouteReadsTheConfigFileAndTheContractOffline() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code =
          PactumCli.commandLine()
              .execute(
                  "alerts",
                  "route",
                  "--contract",
                  "orders.order_placed",
                  "--check",
                  "unique(order_id)",
                  "--severity",
                  "error",
                  config.toString());
    } finally {
      System.setOut(old);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isZero();
    // (the demo's Kafka clients may log to the same stdout meanwhile: their lines are JSON)
    assertThat(text.lines().filter(l -> !l.startsWith("{")).findFirst())
        .hasValue("slack:#checkout-data,pagerduty:checkout-oncall");
    assertThat(text).contains("route root").doesNotContain(KEY).doesNotContain("itSECRET");
    assertThat(
            PactumCli.commandLine()
                .execute(
                    "alerts",
                    "route",
                    "--contract",
                    "x",
                    "--check",
                    "y",
                    "--severity",
                    "loud",
                    config.toString()))
        .isEqualTo(2);
  }
}
