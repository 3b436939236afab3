package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumConfiguration;

/**
 * Browser safety through the whole server: cross-site writes and non-JSON bodies refused before
 * anything is stored, clients without {@code Origin} served, {@code Host} names checked, security
 * headers, and the admin tasks off by default. A second server runs with a public URL and the admin
 * tasks on.
 */
class BrowserSafetyIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ORDERS = PactumTestServer.EXAMPLES.resolve("orders");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static DropwizardTestSupport<PactumConfiguration> configured;

  @BeforeAll
  static void start() throws Exception {
    Path contracts = work.resolve("contracts");
    Files.createDirectories(contracts);
    server = PactumTestServer.create(work.resolve("pg"), contracts);
    server.before();
    configured =
        PactumTestServer.create(
            work.resolve("pg2"),
            contracts,
            ConfigOverride.config("edge.publicUrl", "https://pactum.example.com"),
            ConfigOverride.config("edge.adminTasks", "true"));
    configured.before();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
    if (configured != null) {
      configured.after();
    }
  }

  private static String self() {
    return "http://localhost:" + server.getLocalPort();
  }

  /** The orders example as a publish request, under another id. */
  private static String orders(String id) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put(
        "contract",
        Files.readString(ORDERS.resolve("order_placed.contract.yaml"))
            .replace("id: orders.order_placed", "id: " + id));
    body.putObject("files")
        .put("order_placed.avsc", Files.readString(ORDERS.resolve("order_placed.avsc")));
    return JSON.writeValueAsString(body);
  }

  private static HttpResponse<String> post(String path, String type, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(self() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int contractStatus(String id) throws Exception {
    return get(self() + "/api/v1/contracts/" + id).statusCode();
  }

  /** A request with a {@code Host} of the test's choosing (java.net.http will not send one). */
  private static String raw(int port, String method, String path, String host) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(
          (method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n")
              .concat("Content-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aContractPublishedFromAForeignOriginIsRefusedAndNothingIsStored() throws Exception {
    HttpResponse<String> r =
        post(
            "/api/v1/contracts",
            "application/json",
            orders("csrf.orders"),
            "Origin",
            "https://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(r.body()).path("error_code").asInt()).isEqualTo(40301);
    HttpResponse<String> crossSite =
        post(
            "/api/v1/contracts",
            "application/json",
            orders("csrf.orders"),
            "Sec-Fetch-Site",
            "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(contractStatus("csrf.orders")).isEqualTo(404);
  }

  @Test
  void aTextPlainContractIsRefusedAndNothingIsStored() throws Exception {
    HttpResponse<String> r = post("/api/v1/contracts", "text/plain", orders("plain.orders"));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(JSON.readTree(r.body()).path("error_code").asInt()).isEqualTo(41500);
    assertThat(contractStatus("plain.orders")).isEqualTo(404);
    HttpResponse<String> registry =
        post("/subjects/plain-value/versions", "text/plain", "{\"schema\": \"\\\"string\\\"\"}");
    assertThat(registry.statusCode()).isEqualTo(415);
    assertThat(get(self() + "/subjects/plain-value/versions").statusCode()).isEqualTo(404);
  }

  @Test
  void aCurlStylePostAndASameOriginPostArePublished() throws Exception {
    assertThat(post("/api/v1/contracts", "application/json", orders("curl.orders")).statusCode())
        .isEqualTo(201);
    assertThat(
            post(
                    "/api/v1/contracts",
                    "application/json",
                    orders("browser.orders"),
                    "Origin",
                    self(),
                    "Sec-Fetch-Site",
                    "same-origin")
                .statusCode())
        .isEqualTo(201);
    assertThat(contractStatus("curl.orders")).isEqualTo(200);
    assertThat(contractStatus("browser.orders")).isEqualTo(200);
    assertThat(
            post(
                    "/subjects/curl-value/versions",
                    "application/vnd.schemaregistry.v1+json",
                    "{\"schema\": \"\\\"string\\\"\"}")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aForeignHostIsMisdirectedAndThePublicUrlsHostIsServed() throws Exception {
    int port = server.getLocalPort();
    String rebound = raw(port, "GET", "/api/v1/contracts", "rebound.evil.example:" + port);
    assertThat(rebound).startsWith("HTTP/1.1 421 ").contains("\"error_code\":42190");
    assertThat(raw(port, "GET", "/ui/", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200 ");
    assertThat(raw(port, "GET", "/ui/", "pactum.example.com")).startsWith("HTTP/1.1 421 ");
    assertThat(raw(configured.getLocalPort(), "GET", "/ui/", "pactum.example.com"))
        .startsWith("HTTP/1.1 200 ");
  }

  @Test
  void theUiAndApiCarryTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/ui/", "/ui/incidents", "/ui/erasures", "/ui/no-such"}) {
      HttpResponse<String> page = get(self() + path);
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp -> assertThat(csp).contains("style-src 'self'").doesNotContain("unsafe-inline"));
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    }
    HttpResponse<String> api = get(self() + "/api/v1/contracts");
    assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void adminTasksAreRefusedByDefaultAndServedWhenConfigured() throws Exception {
    HttpRequest gc =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.getAdminPort() + "/tasks/gc"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> off = HTTP.send(gc, HttpResponse.BodyHandlers.ofString());
    assertThat(off.statusCode()).isEqualTo(403);
    assertThat(off.body()).contains("edge.adminTasks");
    assertThat(get("http://localhost:" + server.getAdminPort() + "/healthcheck").statusCode())
        .isEqualTo(200);
    assertThat(get("http://localhost:" + server.getAdminPort() + "/metrics").statusCode())
        .isEqualTo(200);

    HttpRequest on =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + configured.getAdminPort() + "/tasks/gc"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    assertThat(HTTP.send(on, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
  }
}
