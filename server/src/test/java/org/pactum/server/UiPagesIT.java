package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.demo.DemoErasure;
import org.pactum.testsupport.RecordingHttpReceiver;

/**
 * The stewards' incident, lineage and erasure pages on the demo server, over HTTP: status, key
 * content, links, escaping, and that no webhook URL, routing key or subject reaches a page. A
 * recording receiver stands in for Slack so notifications have delivery attempts.
 */
class UiPagesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLACK_PATH = "/services/T0/B0/uiSECRETwebhook";
  private static final String KEY = "uiROUTINGkeyuiROUTINGkeyuiROUTIN";
  private static final String FRESHNESS = "freshness(loaded_at)";

  @TempDir static Path work;
  private static RecordingHttpReceiver receiver;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static String url;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

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
    Path config = work.resolve("pactum-ui.yml");
    Files.writeString(config, yaml);
    app =
        PactumTestServer.create(
            config.toString(),
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("demo", "true"),
            ConfigOverride.config("datasources.warehouse.url", ""),
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

  static HttpResponse<String> page(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.body()).doesNotContain(KEY).doesNotContain("uiSECRETwebhook");
    return r;
  }

  static JsonNode api(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
    b =
        body == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return JSON.readTree(r.body());
  }

  /** The id of the incident of a contract's check (the demo opens them). */
  static long incidentId(String contract, String check) throws Exception {
    for (JsonNode i : api("GET", "/api/v1/incidents?limit=1000", null).path("incidents")) {
      if (i.path("contract_id").asText().equals(contract)
          && i.path("check").asText().equals(check)) {
        return i.path("id").asLong();
      }
    }
    throw new AssertionError("no incident for " + contract + " " + check);
  }

  @Test
  void incidentsListsOpenIncidentsWithLinksAndFiltersByState() throws Exception {
    long id = incidentId("orders.order_placed", FRESHNESS);
    HttpResponse<String> list = page("/ui/incidents");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(list.body())
        .contains("<title>Incidents · Pactum</title>")
        .contains("href=\"/ui/incidents/" + id + "\"")
        .contains("href=\"/ui/contracts/orders.order_placed\"")
        .contains(FRESHNESS)
        .contains("state-warning")
        .contains("href=\"/ui/incidents\" aria-current=\"page\"");
    assertThat(page("/ui/incidents?state=open").body()).contains("/ui/incidents/" + id + "\"");
    assertThat(page("/ui/incidents?state=warning").body()).contains("/ui/incidents/" + id + "\"");
    HttpResponse<String> resolved = page("/ui/incidents?state=resolved");
    assertThat(resolved.statusCode()).isEqualTo(200);
    assertThat(resolved.body()).doesNotContain("/ui/incidents/" + id + "\"");
    HttpResponse<String> bad = page("/ui/incidents?state=%3Cb%3Eloud");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Unknown state &#39;&lt;b&gt;loud&#39;").doesNotContain("<b>");
  }

  @Test
  void anIncidentShowsItsTimelineDeliveriesSuppressionsAndMatchingSilences() throws Exception {
    long id = incidentId("orders.order_placed", FRESHNESS);
    // the demo's warning goes to the recording Slack receiver: wait for its attempt
    receiver.await(r -> r.path().equals(SLACK_PATH), 1, Duration.ofSeconds(30));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!api("GET", "/api/v1/incidents/" + id, null)
        .path("deliveries")
        .findValues("attempts")
        .stream()
        .anyMatch(a -> a.size() > 0)) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(50);
    }
    JsonNode silence =
        api(
            "POST",
            "/api/v1/silences",
            "{\"matchers\": {\"contract\": \"orders.*\", \"severity\": [\"critical\"]},"
                + " \"duration\": \"2h\", \"created_by\": \"ana\","
                + " \"comment\": \"<script>alert(1)</script> backfill\"}");
    api(
        "POST",
        "/api/v1/silences",
        "{\"matchers\": {\"contract\": \"payments.*\"}, \"duration\": \"2h\","
            + " \"created_by\": \"bo\", \"comment\": \"other contract\"}");

    HttpResponse<String> r = page("/ui/incidents/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Incident #" + id)
        .contains("href=\"/ui/contracts/orders.order_placed\"")
        .contains("Timeline")
        .contains("OK</span> → <span class=\"incident-state state-warning\">WARNING")
        .contains("href=\"/ui/runs/demo-orders.order_placed-day-27\"")
        .contains("<code>slack:#checkout-data</code>")
        .contains("delivery-delivered")
        .contains("<td class=\"num\">200</td>")
        .contains(" ms</td>")
        .contains("data-silence=\"" + silence.path("id").asLong() + "\"")
        .contains("contract=orders.* severity=critical")
        .contains("only signals with severity critical")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; backfill")
        .doesNotContain("<script>")
        .doesNotContain("other contract");

    long inhibited = incidentId("orders.order_placed", "not_null(customer_id)");
    assertThat(page("/ui/incidents/" + inhibited).body())
        .contains("delivery-suppressed")
        .contains("inhibited: freshness check " + FRESHNESS + " failed");

    assertThat(page("/ui/incidents/999999").statusCode()).isEqualTo(404);
    HttpResponse<String> junk = page("/ui/incidents/abc");
    assertThat(junk.statusCode()).isEqualTo(404);
    assertThat(junk.body()).contains("Not found").contains("No incident with id abc.");
  }

  @Test
  void lineageShowsNeighbourDatasetsAndColumnEdgesAndTheContractLinksToIt() throws Exception {
    HttpResponse<String> contract = page("/ui/contracts/orders.order_placed");
    assertThat(contract.body()).contains("href=\"/ui/lineage/warehouse/public.orders\"");

    HttpResponse<String> orders = page("/ui/lineage/warehouse/public.orders");
    assertThat(orders.statusCode()).isEqualTo(200);
    assertThat(orders.body())
        .contains("Lineage of <code>warehouse:public.orders</code>")
        .contains("href=\"/ui/contracts/orders.order_placed\"")
        .contains("href=\"/ui/lineage/warehouse/mart.daily_revenue\"")
        .contains("href=\"/ui/lineage/warehouse/mart.customer_value\"");
    String amount = row(orders.body(), "amount");
    assertThat(amount)
        .contains("mart.daily_revenue</code></a>.<code>revenue</code>")
        .contains("AGGREGATION");

    HttpResponse<String> revenue = page("/ui/lineage/warehouse/mart.daily_revenue");
    assertThat(revenue.statusCode()).isEqualTo(200);
    assertThat(revenue.body()).contains("href=\"/ui/lineage/warehouse/public.orders\"");
    assertThat(row(revenue.body(), "revenue"))
        .contains("public.orders</code></a>.<code>amount</code>")
        .contains("AGGREGATION")
        .contains("FILTER"); // status in (...) filters the rows

    assertThat(page("/ui/lineage/warehouse/no.such_table").statusCode()).isEqualTo(404);
  }

  @Test
  void aNamespaceWithSlashesHasItsLineagePageByQuery() throws Exception {
    // an unaliased OpenLineage namespace: a path segment cannot carry its "/"
    api(
        "POST",
        "/api/v1/lineage",
        """
        {"eventType": "COMPLETE", "eventTime": "2026-01-02T03:04:05.678Z",
         "producer": "https://example.com/producer",
         "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
         "run": {"runId": "0176a8c2-fe01-7439-87e6-56a1a1b40aaa"},
         "job": {"namespace": "etl", "name": "curate_clicks"},
         "inputs": [{"namespace": "s3://lake", "name": "raw.clicks"}],
         "outputs": [{"namespace": "s3://lake", "name": "curated.clicks",
           "facets": {"columnLineage": {"fields": {"url": {"inputFields": [
             {"namespace": "s3://lake", "name": "raw.clicks", "field": "url",
              "transformations": [{"type": "DIRECT", "subtype": "IDENTITY"}]}]}}}}}]}
        """);
    HttpResponse<String> raw = page("/ui/lineage?namespace=s3%3A%2F%2Flake&dataset=raw.clicks");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body())
        .contains("Lineage of <code>s3://lake:raw.clicks</code>")
        .contains("href=\"/ui/lineage?namespace=s3%3A%2F%2Flake&amp;dataset=curated.clicks\"");
    HttpResponse<String> curated =
        page("/ui/lineage?namespace=s3%3A%2F%2Flake&dataset=curated.clicks");
    assertThat(row(curated.body(), "url")).contains("raw.clicks</code></a>.<code>url</code>");
    assertThat(page("/ui/lineage?namespace=s3%3A%2F%2Flake").statusCode()).isEqualTo(404);
  }

  /** The {@code <tr>} of a column on the lineage page. */
  private static String row(String html, String column) {
    int start = html.indexOf("<tr data-column=\"" + column + "\"");
    assertThat(start).as("column " + column).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  @Test
  void erasuresListTheDemoRequestAndItsPlanAndAuditChainWithoutTheSubject() throws Exception {
    JsonNode requests = api("GET", "/api/v1/erasure-requests", null).path("requests");
    assertThat(requests).hasSize(1);
    String id = requests.get(0).path("request_id").asText();
    String status = requests.get(0).path("status").asText();

    HttpResponse<String> list = page("/ui/erasures");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("href=\"/ui/erasures/" + id + "\"")
        .contains("<td>customer</td>")
        .contains(">" + status + "</span>")
        .doesNotContain(DemoErasure.SUBJECT);

    HttpResponse<String> one = page("/ui/erasures/" + id);
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body())
        .contains("Erasure <code>" + id + "</code>")
        .contains("<code>warehouse:crm.customers</code>")
        .contains("Chain verified")
        .contains("<code>request_received</code>")
        .contains("GDPR art. 17(1)(b): consent withdrawn")
        .doesNotContain(DemoErasure.SUBJECT)
        .doesNotContain("hmac");

    assertThat(page("/ui/erasures/00000000-0000-0000-0000-000000000000").statusCode())
        .isEqualTo(404);
    assertThat(page("/ui/erasures/not-a-uuid").statusCode()).isEqualTo(404);
  }

  @Test
  void aRunLinksTheCatalogVersionItJudged() throws Exception {
    String run = "demo-orders.order_placed-day-27";
    int version = api("GET", "/api/v1/runs/" + run, null).path("contract_version").asInt();
    assertThat(version).isPositive();
    String versionPage = "/ui/contracts/orders.order_placed/versions/" + version;
    assertThat(page("/ui/runs/" + run).body()).contains("href=\"" + versionPage + "\"");
    HttpResponse<String> judged = page(versionPage);
    assertThat(judged.statusCode()).isEqualTo(200);
    assertThat(judged.body()).contains("id: orders.order_placed").contains("v3.1.0");
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    List<String> pages = new ArrayList<>(DemoUiPages.all(url));
    pages.add("/ui/assets/pactum.css");
    for (String path : pages) {
      HttpResponse<String> r = page(path);
      assertThat(r.statusCode()).as(path).isIn(200, 404);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(
              "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                  + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      if (!path.startsWith("/ui/assets/")) {
        assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        // the policy holds without 'unsafe-inline': no inline style or script in the pages
        assertThat(r.body()).as(path).doesNotContain("<style").doesNotContain(" style=");
        assertThat(r.body()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
      }
    }
  }

  @Test
  void theNavigationLinksThePages() throws Exception {
    assertThat(page("/ui/").body())
        .contains("href=\"/ui/incidents\"")
        .contains("href=\"/ui/erasures\"");
  }

  /** This server runs with {@code auth.mode: none}: every page says so, the 404 page too. */
  @Test
  void withAuthenticationOffEveryPageShowsTheBanner() throws Exception {
    for (String path : DemoUiPages.all(url)) {
      HttpResponse<String> r = page(path);
      assertThat(r.body())
          .as(path)
          .contains("class=\"banner banner-auth-off\"")
          .contains("Authentication is off.")
          .contains("<code>auth.mode: none</code>");
    }
    assertThat(page("/ui/runs/no-such-run").body()).contains("Authentication is off.");
  }
}
