package org.pactum.access.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.access.AccessContext;
import org.pactum.api.EdgeCodes;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.auth.filter.AuthConfig;
import org.pactum.api.auth.filter.PublicPaths;
import org.pactum.api.auth.oidc.OidcConfig;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.testsupport.MutableClock;
import org.pactum.testsupport.OidcExtension;
import org.pactum.testsupport.OidcProvider;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * The access API (tokens, the audit trail of writes) end to end: a real Jetty behind the edge with
 * the authentication filter, people's JWTs from a real OpenID provider, tokens in the embedded
 * PostgreSQL.
 */
@ExtendWith({PostgresExtension.class, OidcExtension.class})
class TokensResourceTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MutableClock CLOCK = MutableClock.atNow();

  private static OidcProvider oidc;
  private static TestDatabase db;
  private static DropwizardTestSupport<TestConfig> app;

  public static class TestConfig extends Configuration {
    public AuthConfig auth = new AuthConfig();
  }

  static final class TestApp extends Application<TestConfig> {
    private final Jdbi jdbi;

    TestApp(Jdbi jdbi) {
      this.jdbi = jdbi;
    }

    @Override
    public void initialize(Bootstrap<TestConfig> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<TestConfig>(c -> null));
    }

    @Override
    public void run(TestConfig configuration, Environment environment) {
      AccessContext access = AccessContext.build(jdbi, configuration.auth, CLOCK);
      environment.jersey().register(access.authenticationFilter(PublicPaths.none()));
      Authorization.providers().forEach(environment.jersey()::register);
      environment.jersey().register(access.auditFilter());
      access.resources().forEach(environment.jersey()::register);
    }
  }

  @BeforeAll
  static void start(TestDatabase database, OidcProvider provider) throws Exception {
    db = database;
    oidc = provider;
    Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    TestConfig config = new TestConfig();
    DefaultServerFactory server = new DefaultServerFactory();
    HttpConnectorFactory http = new HttpConnectorFactory();
    http.setPort(0);
    http.setBindHost("127.0.0.1");
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(0);
    admin.setBindHost("127.0.0.1");
    server.setApplicationConnectors(List.of(http));
    server.setAdminConnectors(List.of(admin));
    config.setServerFactory(server);
    config.auth.oidc = new OidcConfig();
    config.auth.oidc.issuer = oidc.issuer().toString();
    config.auth.oidc.audience = List.of("pactum");
    config.auth.failedAttempts.max = 8;
    app =
        new DropwizardTestSupport<>(TestApp.class, config) {
          @Override
          public Application<TestConfig> newApplication() {
            return new TestApp(jdbi);
          }
        };
    app.before();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  @BeforeEach
  void empty() {
    db.execute("truncate access.api_token cascade");
    db.execute("truncate access.audit_event");
  }

  record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    int code() {
      return body.path("error_code").asInt();
    }
  }

  static Answer send(String method, String path, String authorization, Object body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort() + path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        r.statusCode(), r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body()), r);
  }

  /** A person's bearer JWT, valid on the test clock. */
  static String person(String name, String role) {
    return "Bearer "
        + oidc.token()
            .audience("pactum")
            .claim("preferred_username", name)
            .claim("groups", List.of(role))
            .issuedAt(CLOCK.instant())
            .expiresIn(Duration.ofMinutes(10))
            .sign();
  }

  static String admin() {
    return person("ana", "admin");
  }

  static String basic(String name, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  static JsonNode create(Map<String, Object> body) throws Exception {
    Answer a = send("POST", "/api/v1/tokens", admin(), body);
    assertThat(a.status()).as(a.raw().body()).isEqualTo(201);
    return a.body();
  }

  @Test
  void anAdministratorCreatesATokenAndSeesItsSecretOnce() throws Exception {
    Answer a =
        send(
            "POST",
            "/api/v1/tokens",
            admin(),
            Map.of("name", "checkout-ci", "role", "producer", "teams", List.of("checkout")));
    assertThat(a.status()).isEqualTo(201);
    assertThat(a.raw().headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/tokens/checkout-ci");
    JsonNode t = a.body();
    assertThat(t.path("name").asText()).isEqualTo("checkout-ci");
    assertThat(t.path("role").asText()).isEqualTo("producer");
    assertThat(t.path("teams").get(0).asText()).isEqualTo("checkout");
    assertThat(t.path("state").asText()).isEqualTo("active");
    assertThat(t.path("created_by").asText()).isEqualTo("ana");
    assertThat(t.path("expires_at").isNull()).isTrue();
    String secret = t.path("secret").asText();
    assertThat(secret).startsWith("pct_");
    Answer read = send("GET", "/api/v1/tokens/checkout-ci", admin(), null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().has("secret")).isFalse();
    assertThat(read.raw().body()).doesNotContain(secret);
    Answer list = send("GET", "/api/v1/tokens", admin(), null);
    assertThat(list.raw().body()).doesNotContain(secret).contains("checkout-ci");
  }

  @Test
  void aTokenAuthenticatesAsBearerAndAsConfluentsBasicAuthAndIsForbiddenWhatItsRoleIsNot()
      throws Exception {
    String secret = create(Map.of("name", "ci", "role", "ci")).path("secret").asText();
    Answer bearer = send("GET", "/api/v1/tokens", "Bearer " + secret, null);
    assertThat(bearer.status()).as("authenticated, but not an administrator").isEqualTo(403);
    assertThat(bearer.code()).isEqualTo(EdgeCodes.NOT_ALLOWED);
    assertThat(bearer.body().path("message").asText())
        .isEqualTo("not allowed to manage API tokens");
    assertThat(send("GET", "/api/v1/tokens", basic("ci", secret), null).status()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/tokens", basic("other", secret), null).status()).isEqualTo(401);
    String adminSecret = create(Map.of("name", "root", "role", "admin")).path("secret").asText();
    Answer asAdmin = send("GET", "/api/v1/tokens/ci", basic("root", adminSecret), null);
    assertThat(asAdmin.status()).isEqualTo(200);
    assertThat(asAdmin.body().path("last_used_at").isNull())
        .as("the ci token has been used")
        .isFalse();
    assertThat(
            send("GET", "/api/v1/tokens/root", basic("root", adminSecret), null)
                .body()
                .path("created_by")
                .asText())
        .isEqualTo("ana");
  }

  @Test
  void aRevokedTokenIsRefusedAtOnce() throws Exception {
    String secret = create(Map.of("name", "ci", "role", "admin")).path("secret").asText();
    assertThat(send("GET", "/api/v1/tokens", "Bearer " + secret, null).status()).isEqualTo(200);
    Answer revoked = send("DELETE", "/api/v1/tokens/ci", admin(), null);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.body().path("state").asText()).isEqualTo("revoked");
    assertThat(revoked.body().path("revoked_at").isNull()).isFalse();
    Answer after = send("GET", "/api/v1/tokens", "Bearer " + secret, null);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.body().path("message").asText())
        .isEqualTo("the credentials were not accepted");
    assertThat(send("DELETE", "/api/v1/tokens/ci", admin(), null).status()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/tokens?revoked=true", admin(), null).raw().body())
        .contains("\"revoked\"");
    assertThat(send("POST", "/api/v1/tokens", admin(), Map.of("name", "ci", "role", "ci")).status())
        .as("a revoked name can be given again")
        .isEqualTo(201);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String secret =
        create(Map.of("name", "short", "role", "admin", "expires_in", "1h"))
            .path("secret")
            .asText();
    assertThat(send("GET", "/api/v1/tokens", "Bearer " + secret, null).status()).isEqualTo(200);
    CLOCK.advance(Duration.ofHours(1));
    Answer after = send("GET", "/api/v1/tokens", "Bearer " + secret, null);
    assertThat(after.status()).isEqualTo(401);
    Answer listed = send("GET", "/api/v1/tokens/short", admin(), null);
    assertThat(listed.body().path("state").asText()).isEqualTo("expired");
  }

  @Test
  void theListPagesByName() throws Exception {
    for (String n : List.of("e", "b", "d", "a", "c")) {
      create(Map.of("name", n, "role", "reader"));
    }
    List<String> names = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      Answer a =
          send(
              "GET",
              "/api/v1/tokens?limit=2" + (next == null ? "" : "&next=" + next),
              admin(),
              null);
      assertThat(a.status()).isEqualTo(200);
      a.body().path("tokens").forEach(t -> names.add(t.path("name").asText()));
      next = a.body().path("next").isNull() ? null : a.body().path("next").asText();
      pages++;
    } while (next != null);
    assertThat(names).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages).isEqualTo(3);
    assertThat(send("GET", "/api/v1/tokens?next=garbage", admin(), null).status()).isEqualTo(400);
    assertThat(send("GET", "/api/v1/tokens?limit=501", admin(), null).status()).isEqualTo(400);
  }

  @Test
  void badRequestsNameTheirField() throws Exception {
    Answer noTeams =
        send("POST", "/api/v1/tokens", admin(), Map.of("name", "p", "role", "producer"));
    assertThat(noTeams.status()).isEqualTo(422);
    assertThat(noTeams.code()).isEqualTo(42201);
    assertThat(noTeams.body().path("message").asText()).contains("teams");
    assertThat(
            send("POST", "/api/v1/tokens", admin(), Map.of("name", "x", "role", "root"))
                .body()
                .path("message")
                .asText())
        .contains("role: 'root' is not a role");
    assertThat(
            send("POST", "/api/v1/tokens", admin(), Map.of("name", "a:b", "role", "ci"))
                .body()
                .path("message")
                .asText())
        .startsWith("name:");
    Answer both =
        send(
            "POST",
            "/api/v1/tokens",
            admin(),
            Map.of(
                "name",
                "x",
                "role",
                "ci",
                "expires_in",
                "1d",
                "expires_at",
                "2030-01-01T00:00:00Z"));
    assertThat(both.status()).isEqualTo(422);
    Answer tooLong =
        send(
            "POST",
            "/api/v1/tokens",
            admin(),
            Map.of("name", "x", "role", "ci", "expires_in", "3650d"));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.body().path("message").asText()).contains("expires_in");
    Answer unknown =
        send(
            "POST",
            "/api/v1/tokens",
            admin(),
            Map.of("name", "x", "role", "ci", "secret", "pct_x"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body().path("message").asText()).contains("secret");
    create(Map.of("name", "dup", "role", "ci"));
    Answer taken = send("POST", "/api/v1/tokens", admin(), Map.of("name", "dup", "role", "ci"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo(40901);
    assertThat(send("GET", "/api/v1/tokens/no:such", admin(), null).status()).isEqualTo(404);
  }

  @Test
  void onlyAnAdministratorManagesTokensAndStrangersAreChallenged() throws Exception {
    Answer steward =
        send(
            "POST",
            "/api/v1/tokens",
            person("bo", "steward"),
            Map.of("name", "x", "role", "admin"));
    assertThat(steward.status()).isEqualTo(403);
    assertThat(steward.code()).isEqualTo(EdgeCodes.NOT_ALLOWED);
    Answer stranger = send("POST", "/api/v1/tokens", null, Map.of("name", "x", "role", "admin"));
    assertThat(stranger.status()).isEqualTo(401);
    assertThat(stranger.raw().headers().allValues("WWW-Authenticate")).hasSize(2);
    assertThat(send("GET", "/api/v1/tokens", null, null).status()).isEqualTo(401);
    assertThat(send("GET", "/api/v1/tokens", admin(), null).body().path("tokens").size()).isZero();
  }

  @Test
  void aGuessingBurstIsCutOffWith429() throws Exception {
    CLOCK.advance(Duration.ofMinutes(1)); // a fresh window: other tests' failures are forgotten
    String secret = create(Map.of("name", "ci", "role", "admin")).path("secret").asText();
    int refused = 0;
    Answer last = null;
    for (int i = 0; i < 12; i++) {
      String guess = secret.substring(0, secret.length() - 8) + String.format("%08d", i);
      last = send("GET", "/subjects", basic("ci", guess), null);
      if (last.status() == 401) {
        refused++;
      } else {
        break;
      }
    }
    assertThat(refused).isEqualTo(8);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
    try {
      assertThat(send("GET", "/api/v1/tokens", "Bearer " + secret, null).status())
          .as("the address stays blocked for the window, even with the right secret")
          .isEqualTo(429);
    } finally {
      CLOCK.advance(Duration.ofMinutes(1));
    }
    assertThat(send("GET", "/api/v1/tokens", basic("ci", secret), null).status()).isEqualTo(200);
  }

  @Test
  void everyWriteIsOnTheAuditTrailAcceptedOrRefusedByWhomAndNeverASecret() throws Exception {
    assertThat(send("POST", "/api/v1/tokens", null, Map.of("name", "x", "role", "ci")).status())
        .isEqualTo(401);
    String secret = create(Map.of("name", "ci", "role", "ci")).path("secret").asText();
    assertThat(
            send("POST", "/api/v1/tokens", "Bearer " + secret, Map.of("name", "y", "role", "ci"))
                .status())
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/tokens", admin(), null).status()).isEqualTo(200);
    assertThat(send("DELETE", "/api/v1/tokens/ci", admin(), null).status()).isEqualTo(200);

    Answer trail = send("GET", "/api/v1/audit", person("sam", "steward"), null);
    assertThat(trail.status()).as(trail.raw().body()).isEqualTo(200);
    JsonNode entries = trail.body().path("entries");
    List<String> seen = new ArrayList<>();
    entries.forEach(
        e ->
            seen.add(
                e.path("principal").asText()
                    + " "
                    + e.path("role").asText()
                    + " "
                    + e.path("action").asText()
                    + " "
                    + e.path("target").asText()
                    + " "
                    + e.path("status").asInt()
                    + " "
                    + e.path("outcome").asText()));
    assertThat(seen)
        .as("newest first; reads are not writes")
        .containsExactly(
            "ana admin DELETE /api/v1/tokens/{name} /api/v1/tokens/ci 200 accepted",
            "token:ci ci POST /api/v1/tokens /api/v1/tokens 403 refused",
            "ana admin POST /api/v1/tokens /api/v1/tokens 201 accepted",
            "anonymous none POST /api/v1/tokens /api/v1/tokens 401 refused");
    entries.forEach(
        e -> {
          assertThat(e.path("source").asText()).isEqualTo("127.0.0.1");
          assertThat(e.path("request_id").asText()).isNotBlank().isNotEqualTo("-");
          assertThat(e.path("occurred_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        });
    assertThat(trail.raw().body()).doesNotContain(secret);
    Answer refused = send("GET", "/api/v1/audit?outcome=refused&principal=token:ci", admin(), null);
    assertThat(refused.body().path("entries")).hasSize(1);
    assertThat(send("GET", "/api/v1/audit", person("rui", "reader"), null).status())
        .as("the audit trail is for administrators and stewards")
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/audit?outcome=maybe", admin(), null).status()).isEqualTo(422);
  }

  @Test
  void theAuditTrailPagesNewestFirstAndTamperingIsNamedAtTheFirstBrokenLink() throws Exception {
    for (int i = 0; i < 5; i++) {
      send("DELETE", "/api/v1/tokens/none-" + i, admin(), null); // refused: no such token
    }
    Answer first = send("GET", "/api/v1/audit?limit=2", admin(), null);
    assertThat(first.body().path("entries")).hasSize(2);
    assertThat(first.body().path("entries").get(0).path("target").asText())
        .isEqualTo("/api/v1/tokens/none-4");
    String next = first.body().path("next").asText();
    Answer second = send("GET", "/api/v1/audit?limit=2&next=" + next, admin(), null);
    assertThat(second.body().path("entries").get(0).path("target").asText())
        .isEqualTo("/api/v1/tokens/none-2");

    JsonNode intact = send("GET", "/api/v1/audit/verify", admin(), null).body();
    assertThat(intact.path("intact").asBoolean()).isTrue();
    assertThat(intact.path("checked").asLong()).isEqualTo(5);

    db.execute("update access.audit_event set principal = 'mallory' where seq = 3");
    JsonNode changed = send("GET", "/api/v1/audit/verify", admin(), null).body();
    assertThat(changed.path("intact").asBoolean()).isFalse();
    assertThat(changed.path("first_broken").asLong()).isEqualTo(3);
    assertThat(changed.path("problem").asText()).contains("does not match the row's content");

    db.execute("update access.audit_event set principal = 'ana' where seq = 3");
    db.execute("delete from access.audit_event where seq = 2");
    JsonNode removed = send("GET", "/api/v1/audit/verify", admin(), null).body();
    assertThat(removed.path("first_broken").asLong()).isEqualTo(2);
    assertThat(removed.path("problem").asText()).contains("link 2 is missing");
  }
}
