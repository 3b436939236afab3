package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.auth.Role;
import org.pactum.server.config.PactumConfiguration;

/**
 * The server as {@code pactum serve} starts it, authentication required: the API, the UI and the
 * registry's schema-by-id fast path refuse anonymous callers and serve an API token's, sent as a
 * bearer token or as HTTP Basic; only the UI's assets are public; an admin manages tokens through
 * {@code /api/v1/tokens}, and a revoked one is refused.
 */
class AuthenticationIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static String url;
  private static String admin;

  @BeforeAll
  static void start() throws Exception {
    app =
        PactumTestServer.create(
            work.resolve("pg"), PactumTestServer.EXAMPLES, PactumTestServer.AUTH_REQUIRED);
    app.before();
    url = "http://localhost:" + app.getLocalPort();
    admin = PactumTestServer.createToken(app, "it-admin", Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    app.after();
  }

  private static HttpResponse<String> send(
      String method, String path, String authorization, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String authorization) throws Exception {
    return send("GET", path, authorization, null);
  }

  private static String bearer(String secret) {
    return "Bearer " + secret;
  }

  private static String basic(String name, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anonymousCallersGet401OnTheApiTheUiAndTheRegistry() throws Exception {
    for (String path : new String[] {"/api/v1/contracts", "/api/v1/tokens", "/subjects"}) {
      HttpResponse<String> r = get(path, null);
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(r.headers().allValues("WWW-Authenticate"))
          .as(path)
          .anyMatch(v -> v.startsWith("Bearer"))
          .anyMatch(v -> v.startsWith("Basic"));
    }
    assertThat(send("POST", "/api/v1/tokens", null, "{\"name\":\"x\",\"role\":\"admin\"}"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(401);
    assertThat(get("/api/v1/contracts", bearer("pct_not-a-token")).statusCode()).isEqualTo(401);
    // a page of the UI sends the browser to sign in, and back afterwards
    HttpResponse<String> page = get("/ui/", null);
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .endsWith("/ui/login?next=%2Fui%2F");
  }

  @Test
  void theUiAssetsArePublic() throws Exception {
    HttpResponse<String> css = get("/ui/assets/pactum.css", null);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains(".banner-auth-off");
  }

  @Test
  void anApiTokenOpensTheApiAndTheUiWhichShowsNoBanner() throws Exception {
    assertThat(get("/api/v1/contracts", bearer(admin)).statusCode()).isEqualTo(200);
    HttpResponse<String> ui = get("/ui/", bearer(admin));
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("orders.order_placed").doesNotContain("Authentication is off");
    assertThat(get("/subjects", basic("it-admin", admin)).statusCode()).isEqualTo(200);
    // HTTP Basic names the token: another name with the right secret is refused
    assertThat(get("/subjects", basic("someone-else", admin)).statusCode()).isEqualTo(401);
  }

  @Test
  void theSchemaByIdFastPathServesOnlyAuthenticatedCallers() throws Exception {
    JsonNode latest =
        JSON.readTree(get("/subjects/orders.order_placed/versions/latest", bearer(admin)).body());
    int id = latest.path("id").asInt();
    assertThat(id).as(latest.toString()).isPositive();

    HttpResponse<String> anonymous = get("/schemas/ids/" + id, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(anonymous.body()).path("error_code").asInt()).isEqualTo(40101);
    assertThat(anonymous.body()).doesNotContain("schema\"");
    assertThat(get("/schemas/ids/" + id, bearer("pct_wrong")).statusCode()).isEqualTo(401);

    HttpResponse<String> known = get("/schemas/ids/" + id, bearer(admin));
    assertThat(known.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(known.body()).path("schema").asText()).isNotEmpty();
    assertThat(get("/schemas/ids/" + id, basic("it-admin", admin)).statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminCreatesAReaderTokenWhichWorksUntilRevoked() throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "/api/v1/tokens",
            bearer(admin),
            "{\"name\":\"it-reader\",\"role\":\"reader\",\"expires_in\":\"1d\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String secret = JSON.readTree(created.body()).path("secret").asText();
    assertThat(secret).startsWith("pct_");

    assertThat(get("/api/v1/contracts", bearer(secret)).statusCode()).isEqualTo(200);
    assertThat(get("/subjects", basic("it-reader", secret)).statusCode()).isEqualTo(200);
    JsonNode listed = JSON.readTree(get("/api/v1/tokens", bearer(admin)).body());
    assertThat(listed.path("tokens").findValuesAsText("name")).contains("it-admin", "it-reader");
    assertThat(listed.toString()).doesNotContain(secret).doesNotContain("\"secret\"");

    assertThat(send("DELETE", "/api/v1/tokens/it-reader", bearer(admin), null).statusCode())
        .isEqualTo(200);
    assertThat(get("/api/v1/contracts", bearer(secret)).statusCode()).isEqualTo(401);
  }
}
