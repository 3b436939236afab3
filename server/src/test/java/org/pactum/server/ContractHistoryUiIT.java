package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumConfiguration;

/**
 * A contract's catalog history in the stewards' pages, over HTTP on the whole server: two versions
 * published through {@code POST /api/v1/contracts}, the second with a removed check and a widened
 * range; the contract page lists both, a version page shows what was stored (escaped), the diff
 * page shows the changes with their severity, and wrong versions get the HTML 404 and 400 pages.
 */
class ContractHistoryUiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ORDERS = PactumTestServer.EXAMPLES.resolve("orders");
  private static final String ID = "ui.history";
  private static final String HOSTILE = "Orders <script>alert('x')</script> & \"friends\"";
  private static final String YAML_COMMENT = "# </pre><script>alert('yaml')</script>\n";

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path folder = Files.createDirectories(work.resolve("contracts"));
    server = PactumTestServer.create(work.resolve("pg"), folder);
    server.before();

    // both versions published through the contract API, as CI publishes them
    assertThat(publish(version1()).get("version_no").asInt()).isEqualTo(1);
    String v2 =
        version1()
            .replace("version: 3.1.0", "version: 4.0.0")
            .replace("  - unique: [order_id]\n", "")
            .replace("max: 100000}", "max: 1000000}");
    assertThat(v2).isNotEqualTo(version1()).doesNotContain("unique: [order_id]");
    assertThat(publish(v2).get("version_no").asInt()).isEqualTo(2);
  }

  private static JsonNode publish(String yaml) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("contract", yaml);
    body.put("path", "shop/order_placed.contract.yaml");
    body.putObject("files")
        .put("order_placed.avsc", Files.readString(ORDERS.resolve("order_placed.avsc")));
    HttpResponse<String> published =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/v1/contracts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    return JSON.readTree(published.body());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
  }

  private static String version1() throws Exception {
    return YAML_COMMENT
        + Files.readString(ORDERS.resolve("order_placed.contract.yaml"))
            .replace("id: orders.order_placed", "id: " + ID)
            .replace(
                "description: Orders placed on web and mobile checkout, one row per order.",
                "description: '" + HOSTILE.replace("'", "''") + "'");
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + server.getLocalPort() + path);
  }

  private static HttpResponse<String> page(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.body()).as(path).doesNotContain("<script").doesNotContain("Exception");
    if (r.statusCode() != 200) {
      assertThat(r.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
    return r;
  }

  /** The table row of one version on the contract page. */
  private static String row(String html, int version) {
    Matcher m =
        Pattern.compile("<tr data-version=\"" + version + "\">(.*?)</tr>", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("a row for version " + version).isTrue();
    return m.group(1);
  }

  @Test
  void theContractPageListsEveryVersionNewestFirstWithLinksAndTheDiffForm() throws Exception {
    HttpResponse<String> r = page("/ui/contracts/" + ID);
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html).contains("<h2 id=\"versions-heading\">Versions</h2>");
    assertThat(html.indexOf("data-version=\"2\"")).isLessThan(html.indexOf("data-version=\"1\""));

    String v2 = row(html, 2);
    assertThat(v2)
        .contains("href=\"/ui/contracts/ui.history/versions/2\"")
        .contains("4.0.0")
        .contains("<code>api")
        .contains("href=\"/ui/contracts/ui.history/diff?from=1&amp;to=2\"")
        .containsPattern("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">")
        .containsPattern("\\d+ errors?");
    String v1 = row(html, 1);
    assertThat(v1)
        .contains("href=\"/ui/contracts/ui.history/versions/1\"")
        .contains("3.1.0")
        .contains("<code>api shop/order_placed.contract.yaml</code>") // the path CI named
        .contains("first version")
        .doesNotContain("/diff?");

    assertThat(html)
        .contains(
            "<form class=\"diff-form\" method=\"get\" action=\"/ui/contracts/ui.history/diff\">")
        .contains("<select name=\"from\">")
        .contains("<select name=\"to\">")
        .contains("<option value=\"1\" selected>v1 · 3.1.0</option>")
        .contains("<option value=\"2\" selected>v2 · 4.0.0</option>");
    // the description is escaped on the contract page too
    assertThat(html).contains("Orders &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;");
  }

  @Test
  void aVersionPageShowsWhatWasPublishedEscapedWithItsFindingsAndNeighbours() throws Exception {
    HttpResponse<String> r = page("/ui/contracts/" + ID + "/versions/2");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html)
        .contains("<title>ui.history v2 · Pactum</title>")
        .contains("v4.0.0")
        .contains("<code>api")
        .containsPattern("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">")
        .contains("href=\"/ui/contracts/ui.history/versions/1\"")
        .contains("href=\"/ui/contracts/ui.history/diff?from=1&amp;to=2\"")
        .contains("href=\"/ui/contracts/ui.history\"")
        .doesNotContain("rel=\"next\"");
    // the findings publishing recorded against version 1
    assertThat(html)
        .containsPattern(
            "(?s)<tr data-rule=\"CHECK_REMOVED\">.*?severity-error\">error<.*?"
                + "order_placed.contract.yaml:\\d+:\\d+")
        .contains("unique(order_id)");
    // the contract YAML and the schema, verbatim but escaped
    assertThat(html)
        .contains("<pre class=\"source-text\">")
        .contains("# &lt;/pre&gt;&lt;script&gt;alert(&#39;yaml&#39;)&lt;/script&gt;")
        .contains("id: ui.history")
        .contains("max: 1000000}")
        .doesNotContain("unique: [order_id]")
        .contains("<code>order_placed.avsc</code>")
        .contains("&quot;name&quot;: &quot;OrderPlaced&quot;");
    assertThat(html).contains("Orders &lt;script&gt;");

    String v1 = page("/ui/contracts/" + ID + "/versions/1").body();
    assertThat(v1)
        .contains("unique: [order_id]")
        .contains("max: 100000}")
        .contains("rel=\"next\" href=\"/ui/contracts/ui.history/versions/2\"")
        .doesNotContain("rel=\"prev\"")
        .contains("The first version");
  }

  @Test
  void theDiffPageShowsTheChangesWithTheirSeverityAndASummary() throws Exception {
    HttpResponse<String> r = page("/ui/contracts/" + ID + "/diff?from=1&to=2");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    assertThat(html)
        .containsPattern(
            "(?s)<tr data-rule=\"CHECK_REMOVED\">.*?severity-error\">error<.*?"
                + "order_placed.contract.yaml:\\d+:\\d+.*?</tr>")
        .contains("unique(order_id)")
        .containsPattern("(?s)<tr data-rule=\"CHECK_LOOSENED\">.*?range\\(amount\\)")
        .containsPattern(
            "<p class=\"diff-summary\">\\s*<span class=\"finding-counts has-errors\">\\d+ errors?")
        .contains("<option value=\"1\" selected>")
        .contains("<option value=\"2\" selected>");

    // to defaults to the latest, from to the version before it
    String defaults = page("/ui/contracts/" + ID + "/diff").body();
    assertThat(defaults).contains("data-rule=\"CHECK_REMOVED\"").contains("v1</a> → <a");
    assertThat(page("/ui/contracts/" + ID + "/diff?from=1").body())
        .contains("data-rule=\"CHECK_REMOVED\"");

    // backwards: adding the check back is no removal
    assertThat(page("/ui/contracts/" + ID + "/diff?from=2&to=1").body())
        .doesNotContain("data-rule=\"CHECK_REMOVED\"");

    HttpResponse<String> same = page("/ui/contracts/" + ID + "/diff?from=2&to=latest");
    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(same.body()).contains("No differences").doesNotContain("<table class=\"findings\">");
  }

  @Test
  void unknownContractsAndVersionsAre404AndMalformedNumbers400() throws Exception {
    HttpResponse<String> version = page("/ui/contracts/" + ID + "/versions/9");
    assertThat(version.statusCode()).isEqualTo(404);
    assertThat(version.body()).contains("<h1>Not found</h1>").contains("has no version 9");
    assertThat(page("/ui/contracts/no.such/versions/1").statusCode()).isEqualTo(404);
    assertThat(page("/ui/contracts/no.such/diff?from=1&to=2").statusCode()).isEqualTo(404);
    assertThat(page("/ui/contracts/" + ID + "/diff?from=1&to=9").statusCode()).isEqualTo(404);

    HttpResponse<String> abc = page("/ui/contracts/" + ID + "/diff?from=abc");
    assertThat(abc.statusCode()).isEqualTo(400);
    assertThat(abc.body())
        .contains("<h1>Bad request</h1>")
        .contains("&#39;abc&#39; is not a version for &#39;from&#39;")
        .contains("href=\"/ui/contracts/ui.history\"");
    HttpResponse<String> hostile = page("/ui/contracts/" + ID + "/diff?from=1&to=%3Cb%3Ex");
    assertThat(hostile.statusCode()).isEqualTo(400);
    assertThat(hostile.body()).contains("&lt;b&gt;x").doesNotContain("<b>");
    assertThat(page("/ui/contracts/" + ID + "/versions/0").statusCode()).isEqualTo(400);
    assertThat(page("/ui/contracts/" + ID + "/versions/latest").statusCode()).isEqualTo(400);
    assertThat(page("/ui/contracts/" + ID + "/diff?from=99999999999").statusCode()).isEqualTo(400);
  }
}
