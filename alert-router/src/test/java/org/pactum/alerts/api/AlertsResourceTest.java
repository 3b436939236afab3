package org.pactum.alerts.api;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.alerts.AlertsBundle;
import org.pactum.alerts.AlertsConfig;
import org.pactum.alerts.AlertsContext;
import org.pactum.alerts.ReceiverConfig;
import org.pactum.alerts.RouteConfig;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.alerts.db.NotificationDao;
import org.pactum.alerts.testing.ServiceValidators;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.RecordingHttpReceiver;
import org.pactum.testsupport.RecordingHttpReceiver.Reply;
import org.pactum.testsupport.TestDatabase;

/** The API through a real Dropwizard application with the bundle, on the embedded PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class AlertsResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SLACK_PATH = "/services/T1/B1/SECRETtoken";
  private static final String KEY = "ROUTINGkeyROUTINGkeyROUTINGkey00";
  private static final Owner OWNER =
      new Owner("checkout", null, "#checkout-data", "checkout-oncall");
  private static final ServiceValidators VALIDATORS = new ServiceValidators();

  private static RecordingHttpReceiver receiver;
  private static DropwizardTestSupport<TestConfig> app;
  private static Jdbi jdbi;
  private static AlertsContext alerts;

  public static class TestConfig extends Configuration {
    public AlertsConfig alerts = new AlertsConfig();
  }

  public static class TestApp extends Application<TestConfig> {
    @Override
    public void initialize(Bootstrap<TestConfig> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<TestConfig>(c -> null));
      bundle = new AlertsBundle<>(c -> c.alerts);
      bootstrap.addBundle(bundle);
    }

    private AlertsBundle<TestConfig> bundle;

    @Override
    public void run(TestConfig configuration, Environment environment) {
      alerts = AlertsContext.build(jdbi, configuration.alerts, Clock.systemUTC());
      bundle.manage(alerts, environment);
      alerts.resources().forEach(environment.jersey()::register);
    }
  }

  @BeforeAll
  static void start(TestDatabase db) throws Exception {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    receiver = RecordingHttpReceiver.start();
    receiver.respond("/v2/enqueue", VALIDATORS.pagerDuty());
    receiver.respond("/services/", VALIDATORS.slack());
    TestConfig config = new TestConfig();
    DefaultServerFactory server = new DefaultServerFactory();
    HttpConnectorFactory http = new HttpConnectorFactory();
    http.setPort(0);
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(0);
    server.setApplicationConnectors(List.of(http));
    server.setAdminConnectors(List.of(admin));
    config.setServerFactory(server);
    AlertsConfig a = config.alerts;
    a.pagerdutyBaseUrl = receiver.uri("").toString();
    a.receivers.add(
        new ReceiverConfig(
            "slack:#checkout-data", "slack", receiver.uri(SLACK_PATH).toString(), null, null));
    a.receivers.add(new ReceiverConfig("pagerduty:checkout-oncall", "pagerduty", null, KEY, null));
    a.receivers.add(
        new ReceiverConfig(
            "payments-hook",
            "webhook",
            receiver.uri("/hooks/payments").toString(),
            null,
            "s3cret"));
    RouteConfig payments = new RouteConfig();
    payments.name = "payments";
    payments.match.contract = "payments.*";
    payments.receivers = List.of("payments-hook");
    payments.criticalAfter = 1;
    a.route.routes.add(payments);
    a.escalation.criticalAfter = 2;
    a.delivery.pollInterval = io.dropwizard.util.Duration.milliseconds(50);
    a.delivery.initialBackoff = io.dropwizard.util.Duration.milliseconds(50);
    a.delivery.slackMinInterval = io.dropwizard.util.Duration.milliseconds(1);
    app = new DropwizardTestSupport<>(TestApp.class, config);
    app.before();
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

  record Res(int status, JsonNode body, String raw) {}

  private static Res send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.getLocalPort() + path));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Res(r.statusCode(), r.body().isBlank() ? null : JSON.readTree(r.body()), r.body());
  }

  private static Res post(String path, Object body) throws Exception {
    return send("POST", path, JSON.writeValueAsString(body));
  }

  private static Signal signal(
      String contract, String check, SignalStatus status, String run, Owner owner) {
    return new Signal(
        "check-run",
        contract,
        "wh:public." + contract,
        check,
        "not_null",
        status,
        Severity.ERROR,
        owner,
        List.of(),
        run,
        "null values",
        Map.of(),
        "http://pactum.test/api/v1/runs/" + run,
        Instant.now());
  }

  private static void awaitSettled() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (jdbi.withExtension(NotificationDao.class, NotificationDao::pendingCount) > 0) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static long incidentId(String contract) throws Exception {
    for (JsonNode i : send("GET", "/api/v1/incidents", null).body().path("incidents")) {
      if (i.path("contract_id").asText().equals(contract)) {
        return i.path("id").asLong();
      }
    }
    throw new AssertionError("no incident for " + contract);
  }

  @Test
  void incidentsAreListedWithTransitionsAndDeliveryHistoryWithoutSecrets() throws Exception {
    alerts.router().accept(List.of(signal("orders", "a", SignalStatus.FAIL, "r1", OWNER)));
    alerts.router().accept(List.of(signal("orders", "a", SignalStatus.FAIL, "r2", OWNER)));
    awaitSettled();
    Res critical = send("GET", "/api/v1/incidents?state=critical", null);
    assertThat(critical.status()).isEqualTo(200);
    assertThat(critical.body().path("incidents"))
        .anySatisfy(i -> assertThat(i.path("contract_id").asText()).isEqualTo("orders"));
    long id = incidentId("orders");
    Res detail = send("GET", "/api/v1/incidents/" + id, null);
    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.body().path("incident").path("state").asText()).isEqualTo("CRITICAL");
    assertThat(detail.body().path("transitions"))
        .extracting(t -> t.path("to").asText())
        .containsExactly("WARNING", "CRITICAL");
    JsonNode deliveries = detail.body().path("deliveries");
    assertThat(deliveries)
        .extracting(
            d ->
                d.path("receiver").asText()
                    + " "
                    + d.path("event").asText()
                    + " "
                    + d.path("status").asText())
        .containsExactlyInAnyOrder(
            "slack:#checkout-data OPEN DELIVERED",
            "slack:#checkout-data ESCALATE DELIVERED",
            "pagerduty:checkout-oncall ESCALATE DELIVERED");
    assertThat(deliveries.get(0).path("attempts").get(0).path("status_code").asInt())
        .isEqualTo(200);
    assertThat(detail.raw())
        .doesNotContain(KEY)
        .doesNotContain("SECRETtoken")
        .doesNotContain("/services/");
    assertThat(VALIDATORS.problems).isEmpty();
  }

  @Test
  void acknowledgeAndResolveByHand() throws Exception {
    alerts.router().accept(List.of(signal("customers", "a", SignalStatus.FAIL, "r1", OWNER)));
    alerts.router().accept(List.of(signal("customers", "a", SignalStatus.FAIL, "r2", OWNER)));
    long id = incidentId("customers");
    Res ack = post("/api/v1/incidents/" + id + "/acknowledge", Map.of("by", "ana"));
    assertThat(ack.status()).isEqualTo(200);
    assertThat(ack.body().path("acknowledged_by").asText()).isEqualTo("ana");
    Res resolved = send("POST", "/api/v1/incidents/" + id + "/resolve", null);
    assertThat(resolved.status()).isEqualTo(200);
    assertThat(resolved.body().path("state").asText()).isEqualTo("RESOLVED");
    Res again = send("POST", "/api/v1/incidents/" + id + "/resolve", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().path("error_code").asInt()).isEqualTo(40911);
    awaitSettled();
    List<String> actions =
        receiver.requests(r -> r.path().equals("/v2/enqueue")).stream()
            .map(r -> parse(r.body()))
            .filter(n -> n.path("dedup_key").asText().contains("/customers/"))
            .map(n -> n.path("event_action").asText())
            .toList();
    assertThat(actions).containsExactly("trigger", "acknowledge", "resolve");
    assertThat(send("GET", "/api/v1/incidents/999999", null).body().path("error_code").asInt())
        .isEqualTo(40411);
    assertThat(send("GET", "/api/v1/incidents/abc", null).status()).isEqualTo(404);
    Res badState = send("GET", "/api/v1/incidents?state=sleeping", null);
    assertThat(badState.status()).isEqualTo(422);
    assertThat(badState.body().path("message").asText()).startsWith("state must be");
  }

  @Test
  void silencesAreCreatedListedUpdatedExpiredAndMuteWithTheirReason() throws Exception {
    Res created =
        post(
            "/api/v1/silences",
            Map.of(
                "matchers",
                Map.of("contract", "inventory.*"),
                "duration",
                "2h",
                "created_by",
                "ana",
                "comment",
                "backfill"));
    assertThat(created.status()).isEqualTo(201);
    long id = created.body().path("id").asLong();
    assertThat(created.body().path("active").asBoolean()).isTrue();
    assertThat(send("GET", "/api/v1/silences", null).body().path("silences"))
        .extracting(s -> s.path("id").asLong())
        .contains(id);

    alerts.router().accept(List.of(signal("inventory.stock", "a", SignalStatus.FAIL, "r1", OWNER)));
    long incident = incidentId("inventory.stock");
    JsonNode delivery =
        send("GET", "/api/v1/incidents/" + incident, null).body().path("deliveries").get(0);
    assertThat(delivery.path("status").asText()).isEqualTo("SUPPRESSED");
    assertThat(delivery.path("reason").asText())
        .isEqualTo("silenced by silence " + id + " (backfill)");

    Res updated =
        send(
            "PUT",
            "/api/v1/silences/" + id,
            JSON.writeValueAsString(
                Map.of(
                    "matchers",
                    Map.of("contract", "inventory.*", "severity", List.of("critical")),
                    "duration",
                    "1h",
                    "created_by",
                    "ana")));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.body().path("matchers").path("severity").get(0).asText())
        .isEqualTo("critical");
    assertThat(send("DELETE", "/api/v1/silences/" + id, null).status()).isEqualTo(204);
    assertThat(send("GET", "/api/v1/silences", null).body().path("silences"))
        .extracting(s -> s.path("id").asLong())
        .doesNotContain(id);
    assertThat(send("GET", "/api/v1/silences?expired=true", null).body().path("silences"))
        .extracting(s -> s.path("id").asLong())
        .contains(id);
    Res notAFlag = send("GET", "/api/v1/silences?expired=yes", null);
    assertThat(notAFlag.status()).isEqualTo(400);
    assertThat(notAFlag.body().path("error_code").asInt()).isEqualTo(40091);
    assertThat(notAFlag.body().path("message").asText())
        .isEqualTo("query parameter 'expired' must be true or false, got 'yes'");
    assertThat(send("GET", "/api/v1/silences/424242", null).body().path("error_code").asInt())
        .isEqualTo(40412);
  }

  @Test
  void aSilenceReadCanBeSentBackChangedWithItsTimesAsIso8601() throws Exception {
    Res created =
        post(
            "/api/v1/silences",
            Map.of("matchers", Map.of("team", "roundtrip"), "duration", "3h", "created_by", "ana"));
    long id = created.body().path("id").asLong();
    JsonNode read = send("GET", "/api/v1/silences/" + id, null).body();
    assertThat(read.path("starts_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(read.path("created_at").isTextual()).isTrue();
    ((com.fasterxml.jackson.databind.node.ObjectNode) read).put("comment", "changed");
    Res back = send("PUT", "/api/v1/silences/" + id, JSON.writeValueAsString(read));
    assertThat(back.status()).isEqualTo(200);
    assertThat(back.body().path("comment").asText()).isEqualTo("changed");
    assertThat(back.body().path("ends_at").asText()).isEqualTo(read.path("ends_at").asText());
  }

  @Test
  void silencesRefuseUnknownFieldsEndlessDurationsAndTimesBeyondYear9999() throws Exception {
    Res unknown =
        post(
            "/api/v1/silences",
            Map.of(
                "matchers", Map.of("team", "x"), "duration", "1h", "created_by", "a", "endz", 1));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body().path("message").asText()).startsWith("unknown field 'endz'");
    Res matcher =
        post(
            "/api/v1/silences",
            Map.of("matchers", Map.of("teem", "x"), "duration", "1h", "created_by", "a"));
    assertThat(matcher.body().path("message").asText()).startsWith("unknown field 'matchers.teem'");
    Res endless =
        post(
            "/api/v1/silences",
            Map.of(
                "matchers", Map.of("team", "x"), "duration", "999999999999h", "created_by", "a"));
    assertThat(endless.status()).isEqualTo(422);
    assertThat(endless.body().path("message").asText()).contains("duration");
    Res tooLong =
        post(
            "/api/v1/silences",
            Map.of("matchers", Map.of("team", "x"), "duration", "367d", "created_by", "a"));
    assertThat(tooLong.body().path("message").asText())
        .isEqualTo("field 'duration' must be at most 366d; got 367d");
    Res far =
        post(
            "/api/v1/silences",
            Map.of(
                "matchers",
                Map.of("team", "x"),
                "ends_at",
                "+999999999-12-31T00:00:00Z",
                "created_by",
                "a"));
    assertThat(far.status()).isEqualTo(422);
    assertThat(far.body().path("message").asText()).contains("years 1 to 9999");
  }

  @Test
  void badSilencesAreRefusedNamingTheField() throws Exception {
    assertThat(
            post("/api/v1/silences", Map.of("duration", "1h", "created_by", "a"))
                .body()
                .path("message")
                .asText())
        .startsWith("matchers is required");
    assertThat(
            post(
                    "/api/v1/silences",
                    Map.of("matchers", Map.of(), "duration", "1h", "created_by", "a"))
                .body()
                .path("message")
                .asText())
        .startsWith("matchers: at least one");
    Res sev =
        post(
            "/api/v1/silences",
            Map.of("matchers", Map.of("severity", "loud"), "duration", "1h", "created_by", "a"));
    assertThat(sev.status()).isEqualTo(422);
    assertThat(sev.body().path("message").asText())
        .isEqualTo("matchers.severity must be critical, error, warning or info, not 'loud'");
    assertThat(
            post("/api/v1/silences", Map.of("matchers", Map.of("team", "x"), "created_by", "a"))
                .body()
                .path("message")
                .asText())
        .isEqualTo("ends_at or duration is required");
    assertThat(
            post(
                    "/api/v1/silences",
                    Map.of("matchers", Map.of("team", "x"), "duration", "soon", "created_by", "a"))
                .body()
                .path("message")
                .asText())
        .startsWith("duration must look like");
    assertThat(
            post(
                    "/api/v1/silences",
                    Map.of(
                        "matchers",
                        Map.of("team", "x"),
                        "starts_at",
                        "2026-03-02T10:00:00Z",
                        "ends_at",
                        "2026-03-02T09:00:00Z",
                        "created_by",
                        "a"))
                .body()
                .path("message")
                .asText())
        .isEqualTo("ends_at must be after starts_at");
    assertThat(
            post("/api/v1/silences", Map.of("matchers", Map.of("team", "x"), "duration", "1h"))
                .body()
                .path("message")
                .asText())
        .isEqualTo("created_by is required");
    Res notJson = send("POST", "/api/v1/silences", "{nope");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body().path("error_code").asInt()).isEqualTo(40001);
    Res nowhere = send("GET", "/api/v1/alerts/nowhere", null);
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.body().path("error_code").asInt()).isEqualTo(40400);
  }

  @Test
  void routeTestShowsWhereASignalWouldGo() throws Exception {
    Res owner =
        post(
            "/api/v1/alerts/route-test",
            Map.of(
                "contract",
                "orders",
                "check",
                "a",
                "severity",
                "critical",
                "owner",
                Map.of("slack", "#checkout-data", "pagerduty", "checkout-oncall")));
    assertThat(owner.status()).isEqualTo(200);
    assertThat(owner.body().path("receivers"))
        .extracting(JsonNode::asText)
        .containsExactly("slack:#checkout-data", "pagerduty:checkout-oncall");
    assertThat(owner.body().path("routes").get(0).path("route").asText()).isEqualTo("root");
    assertThat(owner.body().path("routes").get(0).path("critical_after").asInt()).isEqualTo(2);
    Res payments =
        post(
            "/api/v1/alerts/route-test",
            Map.of("contract", "payments.card", "check", "a", "severity", "error"));
    assertThat(payments.body().path("receivers"))
        .extracting(JsonNode::asText)
        .containsExactly("payments-hook");
    assertThat(payments.body().path("routes").get(0).path("route").asText())
        .isEqualTo("root > payments");
    assertThat(payments.body().path("routes").get(0).path("critical_after").asInt()).isEqualTo(1);
    Res missing =
        post("/api/v1/alerts/route-test", Map.of("contract", "orders", "severity", "error"));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.body().path("message").asText()).isEqualTo("check is required");
  }

  @Test
  void unconfiguredChannelsAreRecordedAndMisconfiguredOnesSurface() throws Exception {
    Owner nobody = new Owner("growth", null, "#growth-alerts", null);
    alerts.router().accept(List.of(signal("signups", "a", SignalStatus.FAIL, "r1", nobody)));
    JsonNode d =
        send("GET", "/api/v1/incidents/" + incidentId("signups"), null)
            .body()
            .path("deliveries")
            .get(0);
    assertThat(d.path("status").asText()).isEqualTo("UNDELIVERABLE");
    assertThat(d.path("reason").asText())
        .isEqualTo("undeliverable: no endpoint configured for receiver slack:#growth-alerts");

    receiver.enqueue("/hooks/payments", Reply.status(410, "gone"));
    alerts.router().accept(List.of(signal("payments.card", "a", SignalStatus.FAIL, "r1", OWNER)));
    awaitSettled();
    JsonNode receivers = send("GET", "/api/v1/alerts/receivers", null).body().path("receivers");
    JsonNode hook = null;
    for (JsonNode r : receivers) {
      if (r.path("name").asText().equals("payments-hook")) {
        hook = r;
      }
    }
    assertThat(hook).isNotNull();
    assertThat(hook.path("misconfigured").asBoolean()).isTrue();
    assertThat(hook.path("last_status_code").asInt()).isEqualTo(410);
    assertThat(receivers.toString()).doesNotContain("/hooks/payments").doesNotContain("s3cret");
    JsonNode delivery =
        send("GET", "/api/v1/incidents/" + incidentId("payments.card"), null)
            .body()
            .path("deliveries")
            .get(0);
    assertThat(delivery.path("receiver_misconfigured").asBoolean()).isTrue();
    HttpResponse<String> health =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + app.getAdminPort() + "/healthcheck"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(500);
    assertThat(health.body()).contains("misconfigured receivers: [payments-hook]");
  }

  private static JsonNode parse(String s) {
    try {
      return JSON.readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void incidentsAndSilencesPageByCursorEachItemOnceInOrder() throws Exception {
    // 17 resolved incidents changed at 4 instants (ties in the sort key), 13 silences
    for (int i = 0; i < 17; i++) {
      int n = i;
      jdbi.useHandle(
          h ->
              h.execute(
                  "insert into alerts.incident (contract_id, check_name, state, dedup_key,"
                      + " consecutive_failures, consecutive_passes, paged, errored, opened_at,"
                      + " updated_at, resolved_at, summary, receivers, critical_after,"
                      + " resolve_after, repeat_interval_seconds) values ('paged', 'c', 'RESOLVED',"
                      + " ?, 1, 1, false, false, now(), ?, now(), 's', '{}', 1, 1, 60)",
                  "paged-" + n,
                  java.time.OffsetDateTime.parse("2020-01-0" + (1 + n % 4) + "T00:00:00Z")));
    }
    for (int i = 0; i < 13; i++) {
      jdbi.useHandle(
          h ->
              h.execute(
                  "insert into alerts.silence (team, starts_at, ends_at, created_by, created_at)"
                      + " values ('paged', now() - interval '2 hours', now() - interval '1 hour',"
                      + " 'test', now())"));
    }
    List<Long> incidents =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select id from alerts.incident where state = 'RESOLVED'"
                            + " order by updated_at desc, id desc")
                    .mapTo(Long.class)
                    .list());
    assertThat(incidents.size()).isGreaterThanOrEqualTo(17);
    assertThat(walk("/api/v1/incidents?state=resolved&limit=4", "incidents")).isEqualTo(incidents);
    assertThat(walk("/api/v1/incidents?state=resolved&limit=1000", "incidents"))
        .isEqualTo(incidents);
    List<Long> silences =
        jdbi.withHandle(
            h ->
                h.createQuery("select id from alerts.silence order by id desc")
                    .mapTo(Long.class)
                    .list());
    assertThat(walk("/api/v1/silences?expired=true&limit=5", "silences")).isEqualTo(silences);

    String incidentCursor =
        send("GET", "/api/v1/incidents?state=resolved&limit=1", null).body().path("next").asText();
    String silenceCursor =
        send("GET", "/api/v1/silences?expired=true&limit=1", null).body().path("next").asText();
    assertParameterError(
        send("GET", "/api/v1/incidents?next=" + silenceCursor, null),
        "next: a cursor from another");
    assertParameterError(
        send("GET", "/api/v1/silences?next=" + incidentCursor, null),
        "next: a cursor from another");
    assertParameterError(
        send("GET", "/api/v1/incidents?next=x" + incidentCursor, null), "next: not a cursor");
    assertParameterError(send("GET", "/api/v1/silences?next=%25%25", null), "next: not a cursor");
    for (String limit : List.of("0", "-1", "1001", "ten")) {
      assertParameterError(
          send("GET", "/api/v1/incidents?limit=" + limit, null),
          "limit: must be a whole number from 1 to 1000");
    }
    for (String limit : List.of("0", "-1", "501", "1e3")) {
      assertParameterError(
          send("GET", "/api/v1/silences?limit=" + limit, null),
          "limit: must be a whole number from 1 to 500");
    }
  }

  private static void assertParameterError(Res r, String message) {
    assertThat(r.status()).as(r.raw()).isEqualTo(400);
    assertThat(r.body().path("error_code").asInt()).isEqualTo(40091);
    assertThat(r.body().path("message").asText()).contains(message);
  }

  /** The ids of every page's items, following {@code next} until it is null. */
  private static List<Long> walk(String first, String items) throws Exception {
    List<Long> ids = new java.util.ArrayList<>();
    String url = first;
    for (int pages = 0; pages < 100; pages++) {
      Res page = send("GET", url, null);
      assertThat(page.status()).as(page.raw()).isEqualTo(200);
      assertThat(page.body().has("next")).isTrue();
      page.body().path(items).forEach(i -> ids.add(i.path("id").asLong()));
      if (page.body().path("next").isNull()) {
        return ids;
      }
      url = first + "&next=" + page.body().path("next").asText();
    }
    throw new AssertionError("more than 100 pages");
  }
}
