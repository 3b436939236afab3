package org.pactum.lineage.erasure.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.model.ErasureAction.DELETE_ROW;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;
import static org.pactum.lineage.erasure.Contracts.contract;
import static org.pactum.lineage.erasure.Contracts.pii;

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
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.ErasureBundle;
import org.pactum.lineage.erasure.ErasureConfig;
import org.pactum.lineage.erasure.ErasureContext;
import org.pactum.lineage.erasure.core.PiiLineage;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * The erasure API through a real Dropwizard application (the bundle, its managed parts and mappers)
 * on the embedded PostgreSQL, which is both the Pactum store and the warehouse. Every response body
 * is kept and checked for the subject id at the end.
 */
@ExtendWith(PostgresExtension.class)
class ErasureResourceTest {
  /** The HMAC secret's folder, removed after the class. */
  @TempDir static Path secretDir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SUBJECT = "918273645546372819";
  private static final List<String> BODIES = new ArrayList<>();
  private static final List<DataContract> CONTRACTS =
      List.of(
          contract(
              "crm.customers",
              "warehouse",
              "crm.customers",
              pii("customer", "customer_id", "customer_id", DELETE_ROW)),
          contract(
              "orders",
              "warehouse",
              "public.orders",
              pii("customer", "customer_id", "email", NULLIFY)),
          contract("lost", null, null, pii("customer", "customer_id", "email", NULLIFY)));

  private static DropwizardTestSupport<TestConfig> app;
  private static TestDatabase db;
  private static Jdbi jdbi;
  private static Path secretFile;

  public static class TestConfig extends Configuration {
    public ErasureConfig erasure = new ErasureConfig();
  }

  public static class TestApp extends Application<TestConfig> {
    private final ErasureBundle<TestConfig> erasure = new ErasureBundle<>(c -> c.erasure);

    @Override
    public void initialize(Bootstrap<TestConfig> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<TestConfig>(c -> null));
      bootstrap.addBundle(erasure);
    }

    @Override
    public void run(TestConfig configuration, Environment environment) {
      ErasureContext context =
          new ErasureContext(
              jdbi,
              erasure.config(configuration),
              secretFile,
              name -> name.equals("warehouse") ? db.dataSource() : null,
              () -> CONTRACTS,
              PiiLineage.NONE,
              request -> {},
              Clock.systemUTC());
      context.resources().forEach(environment.jersey()::register);
      erasure.manage(context, environment);
    }
  }

  @BeforeAll
  static void start(TestDatabase database) throws Exception {
    db = database;
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    db.execute(
        """
        create schema crm;
        create table crm.customers (customer_id bigint primary key, name text);
        create table public.orders (order_id int, customer_id bigint, email text);
        insert into crm.customers values (%s, 'A'), (1, 'B');
        insert into public.orders values (1, %s, 'a@example.com'), (2, 1, 'b@example.com');
        """
            .formatted(SUBJECT, SUBJECT));
    secretFile = secretDir.resolve("secret");
    TestConfig config = new TestConfig();
    DefaultServerFactory server = new DefaultServerFactory();
    HttpConnectorFactory http = new HttpConnectorFactory();
    http.setPort(0);
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(0);
    server.setApplicationConnectors(List.of(http));
    server.setAdminConnectors(List.of(admin));
    config.setServerFactory(server);
    config.erasure.setSweepInterval(io.dropwizard.util.Duration.seconds(0));
    app = new DropwizardTestSupport<>(TestApp.class, config);
    app.before();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  private static Reply send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.getLocalPort() + path));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    synchronized (BODIES) {
      BODIES.add(r.body());
    }
    return new Reply(r.statusCode(), r.body().isBlank() ? null : JSON.readTree(r.body()), r);
  }

  private static void assertError(Reply r, int status, int code, String message) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
    assertThat(r.body().get("error_code").asInt()).isEqualTo(code);
    assertThat(r.body().get("message").asText()).contains(message);
  }

  private static String request(String subject) {
    return """
        {"subject_type": "customer", "subject_id": %s, "requested_by": "dpo@example.com",
         "legal_basis": "GDPR art. 17(1)(a)"}
        """
        .formatted(subject);
  }

  private static JsonNode awaitDone(String id) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonNode r = send("GET", "/api/v1/erasure-requests/" + id, null).body();
      String s = r.get("status").asText();
      if (!s.equals("EXECUTING") && !s.equals("RECEIVED")) {
        return r;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("request " + id + " did not finish");
  }

  @Test
  void anErasureRunsThroughTheApiAndNeverShowsTheSubjectId() throws Exception {
    Reply accepted = send("POST", "/api/v1/erasure-requests", request(SUBJECT));
    assertThat(accepted.status()).isEqualTo(202);
    String id = accepted.body().get("request_id").asText();
    assertThat(accepted.raw().headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/erasure-requests/" + id);
    assertThat(accepted.body().get("due_at").asText()).isNotBlank();

    JsonNode done = awaitDone(id);
    // one contract has no dataset: a gap, so the request is partial, never "completed"
    assertThat(done.get("status").asText()).isEqualTo("PARTIAL");
    assertThat(done.get("status_reason").asText()).contains("1 gap(s)");
    assertThat(done.get("gaps").get(0).get("contract_id").asText()).isEqualTo("lost");
    assertThat(done.get("datasets")).hasSize(2);
    for (JsonNode d : done.get("datasets")) {
      assertThat(d.get("status").asText()).isEqualTo("VERIFIED");
      assertThat(d.get("rows_matched").asLong()).isEqualTo(1);
      assertThat(d.get("rows_remaining").asLong()).isZero();
    }
    assertThat(done.get("datasets").get(0).get("mode").asText()).isEqualTo("DELETE");
    assertThat(done.get("datasets").get(1).get("columns").get("email").asText())
        .isEqualTo("nullify");
    assertThat(done.get("overdue").asBoolean()).isFalse();

    JsonNode audit = send("GET", "/api/v1/erasure-requests/" + id + "/audit", null).body();
    assertThat(audit.get("chain").get("valid").asBoolean()).isTrue();
    assertThat(audit.get("events").get(0).get("event_type").asText()).isEqualTo("request_received");
    assertThat(audit.get("events").get(0).get("detail").get("subject_hmac").asText())
        .matches("[0-9a-f]{64}");
    assertThat(send("GET", "/api/v1/erasure-audit", null).body().get("valid").asBoolean()).isTrue();

    Reply sweep = send("POST", "/api/v1/erasure-sweeps", null);
    assertThat(sweep.status()).isEqualTo(200);
    assertThat(sweep.body().get("reappearances").asInt()).isZero();
    assertThat(send("GET", "/api/v1/erasure-sweeps/latest", null).body().get("sweep_id").asText())
        .isEqualTo(sweep.body().get("sweep_id").asText());

    // resume: a wrong subject id is refused; the right one reruns, but the gap remains
    assertError(
        send("POST", "/api/v1/erasure-requests/" + id + "/resume", "{\"subject_id\": \"1\"}"),
        422,
        42202,
        "subject_id: does not match");
    Reply again =
        send(
            "POST",
            "/api/v1/erasure-requests/" + id + "/resume",
            "{\"subject_id\": " + SUBJECT + "}");
    assertThat(again.status()).isEqualTo(202);
    assertThat(awaitDone(id).get("status").asText()).isEqualTo("PARTIAL");

    JsonNode list = send("GET", "/api/v1/erasure-requests?status=partial", null).body();
    assertThat(list.get("requests").get(0).get("request_id").asText()).isEqualTo(id);
    assertThat(list.get("requests").get(0).has("datasets")).isFalse();
    assertThat(send("GET", "/api/v1/erasure-requests?overdue=true", null).body().get("requests"))
        .isEmpty();
    Reply notAFlag = send("GET", "/api/v1/erasure-requests?overdue=maybe", null);
    assertThat(notAFlag.status()).isEqualTo(400);
    assertThat(notAFlag.body().get("error_code").asInt()).isEqualTo(40091);
    assertThat(notAFlag.body().get("message").asText())
        .isEqualTo("query parameter 'overdue' must be true or false, got 'maybe'");
    int others =
        jdbi.withHandle(
            h ->
                h.createQuery("select count(*) from crm.customers where customer_id = 1")
                    .mapTo(Integer.class)
                    .one());
    assertThat(others).isEqualTo(1);

    synchronized (BODIES) {
      assertThat(BODIES).isNotEmpty().allSatisfy(b -> assertThat(b).doesNotContain(SUBJECT));
    }
  }

  @Test
  void badRequestsGetClearErrorsNamingTheField() throws Exception {
    assertError(
        send(
            "POST",
            "/api/v1/erasure-requests",
            "{\"subject_type\": \"customer\", \"requested_by\": \"x\", \"legal_basis\": \"y\"}"),
        422,
        42201,
        "subject_id: required");
    assertError(
        send("POST", "/api/v1/erasure-requests", request("\"7\"").replace("}", ", \"x\": 1}")),
        422,
        42201,
        "x: unknown field");
    assertError(
        send("POST", "/api/v1/erasure-requests", request("[1]")),
        422,
        42201,
        "subject_id: must be a string");
    assertError(
        send(
            "POST",
            "/api/v1/erasure-requests",
            request("\"7\"").replace("\"customer\"", "\"martian\"")),
        422,
        42201,
        "subject_type: no contract");
    Reply badJson = send("POST", "/api/v1/erasure-requests", "{\"subject_id\": secret-771199xyz}");
    assertError(badJson, 400, 40001, "not valid JSON");
    assertThat(badJson.raw().body()).doesNotContain("771199");
    assertError(send("GET", "/api/v1/erasure-requests/nope", null), 404, 40401, "does not exist");
    assertError(
        send("GET", "/api/v1/erasure-requests/" + java.util.UUID.randomUUID(), null),
        404,
        40401,
        "does not exist");
    assertError(send("GET", "/api/v1/erasure-requests?status=bogus", null), 422, 42201, "status:");
    assertError(send("GET", "/api/v1/erasure-requests?limit=0", null), 400, 40091, "limit:");
    assertError(send("DELETE", "/api/v1/erasure-requests", null), 405, 40500, "not allowed");
  }

  @Test
  void requestsPageByCursorEachOnceInOrder() throws Exception {
    // 19 failed requests received at 3 instants (ties in the sort key)
    for (int i = 0; i < 19; i++) {
      int n = i;
      jdbi.useHandle(
          h ->
              h.execute(
                  "insert into privacy.erasure_request (request_id, subject_type, subject_hmac,"
                      + " requested_by, legal_basis, status, received_at, due_at) values"
                      + " (gen_random_uuid(), 'paged', 'h', 'test', 'test', 'FAILED', ?,"
                      + " now() + interval '30 days')",
                  java.time.OffsetDateTime.parse("2020-01-0" + (1 + n % 3) + "T00:00:00Z")));
    }
    List<String> expected =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select request_id::text from privacy.erasure_request"
                            + " where status = 'FAILED' order by received_at desc, request_id")
                    .mapTo(String.class)
                    .list());
    assertThat(expected.size()).isGreaterThanOrEqualTo(19);
    for (int limit : List.of(1, 4, 1000)) {
      List<String> seen = new java.util.ArrayList<>();
      String first = "/api/v1/erasure-requests?status=failed&limit=" + limit;
      String url = first;
      for (int pages = 0; url != null; pages++) {
        assertThat(pages).isLessThan(100);
        Reply page = send("GET", url, null);
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        page.body().get("requests").forEach(r -> seen.add(r.get("request_id").asText()));
        JsonNode next = page.body().get("next");
        assertThat(next).isNotNull();
        url = next.isNull() ? null : first + "&next=" + next.asText();
      }
      assertThat(seen).isEqualTo(expected);
    }
    String cursor =
        send("GET", "/api/v1/erasure-requests?status=failed&limit=1", null)
            .body()
            .get("next")
            .asText();
    assertError(
        send("GET", "/api/v1/erasure-requests?next=" + cursor.substring(2), null),
        400,
        40091,
        "next: not a cursor");
    String foreign =
        org.pactum.api.page.CursorCodec.encode(
            new org.pactum.api.page.Cursor("runs", List.of("2020-01-01T00:00:00Z", "r")));
    assertError(
        send("GET", "/api/v1/erasure-requests?next=" + foreign, null),
        400,
        40091,
        "next: a cursor from another list");
    for (String limit : List.of("0", "-1", "1001", "many")) {
      assertError(
          send("GET", "/api/v1/erasure-requests?limit=" + limit, null),
          400,
          40091,
          "limit: must be a whole number from 1 to 1000");
    }
  }
}
