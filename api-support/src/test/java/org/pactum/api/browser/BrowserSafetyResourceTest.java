package org.pactum.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.api.edge.EdgeConfig;

/**
 * The browser-safety filters in a real Jetty, in front of resources that take any body: cross-site
 * writes, content types, {@code Host} names, security headers and the admin tasks.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BrowserSafetyResourceTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CONFIG = ResourceHelpers.resourceFilePath("browser-safety.yml");

  /** The test application's configuration: only the edge. */
  public static class EdgeOnlyConfiguration extends Configuration {
    public EdgeConfig edge = new EdgeConfig();
  }

  /** Stands in for every API: records what reaches it. */
  @Path("/")
  public static final class Recording {
    final List<String> stored = new CopyOnWriteArrayList<>();

    @POST
    @Path("api/v1/things")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String store(String body) {
      stored.add(body);
      return "{}";
    }

    @POST
    @Path("subjects/{subject}/versions")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String register(String body) {
      stored.add(body);
      return "{\"id\": 1}";
    }

    @GET
    @Path("api/v1/things")
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
      return "[]";
    }

    @GET
    @Path("ui/page")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
      return "<!DOCTYPE html><title>page</title>";
    }
  }

  static final class EdgeApp extends Application<EdgeOnlyConfiguration> {
    final Recording recording = new Recording();

    @Override
    public void initialize(Bootstrap<EdgeOnlyConfiguration> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<>(c -> c.edge));
    }

    @Override
    public void run(EdgeOnlyConfiguration configuration, Environment environment) {
      environment.jersey().register(recording);
    }
  }

  static DropwizardTestSupport<EdgeOnlyConfiguration> support(ConfigOverride... overrides) {
    return new DropwizardTestSupport<>(EdgeApp.class, CONFIG, overrides) {
      @Override
      public Application<EdgeOnlyConfiguration> newApplication() {
        return new EdgeApp();
      }
    };
  }

  private static final DropwizardAppExtension<EdgeOnlyConfiguration> APP =
      new DropwizardAppExtension<>(support());

  private List<String> stored() {
    return APP.<EdgeApp>getApplication().recording.stored;
  }

  @BeforeEach
  void forget() {
    stored().clear();
  }

  private static String url(String path) {
    return "http://localhost:" + APP.getLocalPort() + path;
  }

  private static HttpResponse<String> post(String path, String type, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .POST(HttpRequest.BodyPublishers.ofString("{\"a\": 1}"));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aWriteFromAForeignOriginIsRefusedAndNothingIsStored() throws Exception {
    HttpResponse<String> r =
        post("/api/v1/things", "application/json", "Origin", "https://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.body()).startsWith("{\"error_code\":40301,\"message\":\"");
    assertThat(post("/api/v1/things", "application/json", "Origin", "null").statusCode())
        .isEqualTo(403);
    assertThat(
            post("/subjects/s/versions", "application/json", "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            post(
                    "/api/v1/things",
                    "application/json",
                    "Origin",
                    "http://localhost:" + APP.getLocalPort(),
                    "Sec-Fetch-Site",
                    "cross-site")
                .statusCode())
        .isEqualTo(403);
    assertThat(stored()).isEmpty();
  }

  @Test
  void writesWithoutOriginFromTheSameOriginOrAnAllowedOneAreServed() throws Exception {
    assertThat(post("/api/v1/things", "application/json").statusCode()).isEqualTo(200);
    String self = "http://localhost:" + APP.getLocalPort();
    assertThat(
            post(
                    "/api/v1/things",
                    "application/json",
                    "Origin",
                    self,
                    "Sec-Fetch-Site",
                    "same-origin")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            post("/api/v1/things", "application/json", "Origin", "https://pactum.example.com")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            post(
                    "/api/v1/things",
                    "application/json",
                    "Origin",
                    "https://catalog.example.com",
                    "Sec-Fetch-Site",
                    "cross-site")
                .statusCode())
        .isEqualTo(200);
    assertThat(stored()).hasSize(4);
  }

  @Test
  void anApiBodyMustBeJson() throws Exception {
    for (String type :
        List.of(
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/xml")) {
      HttpResponse<String> r = post("/api/v1/things", type);
      assertThat(r.statusCode()).as(type).isEqualTo(415);
      assertThat(r.body()).contains("\"error_code\":41500");
    }
    assertThat(post("/api/v1/things", null).statusCode()).isEqualTo(415);
    assertThat(stored()).isEmpty();
    assertThat(post("/api/v1/things", "application/json; charset=utf-8").statusCode())
        .isEqualTo(200);
    assertThat(post("/api/v1/things", "application/merge-patch+json").statusCode()).isEqualTo(200);
  }

  @Test
  void theRegistryTakesConfluentsTypesOnly() throws Exception {
    for (String type :
        List.of(
            "application/vnd.schemaregistry.v1+json",
            "application/vnd.schemaregistry+json",
            "application/json",
            "application/octet-stream")) {
      assertThat(post("/subjects/s/versions", type).statusCode()).as(type).isEqualTo(200);
    }
    assertThat(stored()).hasSize(4);
    HttpResponse<String> plain = post("/subjects/s/versions", "text/plain");
    assertThat(plain.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.schemaregistry.v1+json");
    assertThat(plain.body()).as("Confluent's dialect: the status").contains("\"error_code\":415");
    for (String type :
        List.of(
            "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")) {
      assertThat(post("/subjects/s/versions", type).statusCode()).as(type).isEqualTo(415);
    }
    // an empty segment does not slip past the path rules (Jetty refuses the ambiguous path)
    assertThat(post("//subjects/s/versions", "text/plain").statusCode()).isIn(400, 415);
    assertThat(stored()).hasSize(4);
  }

  @Test
  void onlyAllowedHostNamesAreAnswered() throws Exception {
    int port = APP.getLocalPort();
    RawHttp.Reply evil = RawHttp.send(port, "GET", "/ui/page", "rebound.evil.example:" + port);
    assertThat(evil.status()).isEqualTo(421);
    assertThat(evil.text()).contains("\"error_code\":42190").doesNotContain("<title>page");
    assertThat(RawHttp.send(port, "POST", "/api/v1/things", "evil.example").status())
        .isEqualTo(421);
    for (String host :
        List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "pactum.example.com")) {
      assertThat(RawHttp.send(port, "GET", "/ui/page", host).status()).as(host).isEqualTo(200);
    }
    assertThat(RawHttp.send(port, "GET", "/ui/page", "").status()).isEqualTo(400);
  }

  @Test
  void pagesAndApisCarryTheSecurityHeaders() throws Exception {
    HttpResponse<String> page = get(url("/ui/page"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeadersFilter.UI_POLICY);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

    HttpResponse<String> api = get(url("/api/v1/things"));
    assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(api.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeadersFilter.API_POLICY);
    assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    HttpResponse<String> missing = get(url("/ui/no-such-page"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeadersFilter.UI_POLICY);
  }

  @Test
  void adminTasksAreOffButHealthAndMetricsStayReadable() throws Exception {
    String admin = "http://localhost:" + APP.getAdminPort();
    HttpResponse<String> gc =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(admin + "/tasks/gc"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(gc.statusCode()).isEqualTo(403);
    assertThat(gc.body()).contains("\"error_code\":40390").contains("edge.adminTasks");
    assertThat(get(admin + "/healthcheck").statusCode()).isEqualTo(200);
    assertThat(get(admin + "/metrics").statusCode()).isEqualTo(200);
  }

  @Test
  void adminTasksRunWhenConfiguredButNotFromAForeignOrigin() throws Exception {
    DropwizardTestSupport<EdgeOnlyConfiguration> on =
        support(ConfigOverride.config("edge.adminTasks", "true"));
    on.before();
    try {
      String gc = "http://localhost:" + on.getAdminPort() + "/tasks/gc";
      HttpResponse<String> ran =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(gc))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ran.statusCode()).isEqualTo(200);
      HttpResponse<String> foreign =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(gc))
                  .header("Origin", "https://evil.example")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(foreign.statusCode()).isEqualTo(403);
      assertThat(RawHttp.send(on.getAdminPort(), "POST", "/tasks/gc", "evil.example").status())
          .isEqualTo(421);
    } finally {
      on.after();
    }
  }
}
