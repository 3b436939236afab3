package org.pactum.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.DropwizardTestSupport;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.EdgeCodes;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.RoleMatrix;
import org.pactum.api.auth.authz.Public;
import org.pactum.api.auth.authz.Requires;
import org.pactum.server.PactumApplication;
import org.pactum.server.PactumTestServer;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.edge.Endpoint;
import org.pactum.server.edge.Endpoints;
import org.pactum.server.edge.ServedMethods;

/**
 * The role matrix enforced end to end (issue #15), on one server that requires authentication: API
 * tokens of every role made through {@code /api/v1/tokens}; an anonymous caller refused (401, in
 * the path's dialect, with the challenges) on every write the application serves; each role allowed
 * or refused (403) a representative request of every action exactly as {@link RoleMatrix} says; a
 * producer kept to its team's subjects and away from owner changes; erasures for the privacy role
 * only; and every one of these writes on the audit trail, whose chain names the first link a
 * tampered row breaks.
 *
 * <p>The endpoints come from Jersey's resource model ({@link ServedMethods}) and their concrete
 * requests from the fuzz catalogue ({@link Endpoints}): a new endpoint is covered without editing
 * this test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleEnforcementIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String PRODUCER_TEAM = "checkout";
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static String url;
  private static Jdbi store;

  /** {@code METHOD /template} → the action its resource method requires, as the server serves. */
  private static Map<String, Action> rules;

  /** {@code METHOD /template} → a concrete request, from the fuzz catalogue. */
  private static Map<String, Endpoint> catalogue;

  /** Each role's token: secret and principal name. */
  private static final Map<Role, Caller> callers = new EnumMap<>(Role.class);

  /** Every write this class sent, in order: what the audit trail must show. */
  private static final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

  /** Who sends a request: a token's secret and the principal name it authenticates as. */
  record Caller(String secret, String principal, String role) {
    static final Caller ANONYMOUS = new Caller(null, "anonymous", "none");
  }

  /** A write as sent and answered. */
  record Sent(
      String requestId, Caller caller, String method, String key, String path, int status) {}

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  @BeforeAll
  static void start() throws Exception {
    server =
        PactumTestServer.create(
            work.resolve("pg"), PactumTestServer.EXAMPLES, PactumTestServer.AUTH_REQUIRED);
    server.before();
    url = "http://localhost:" + server.getLocalPort();
    store = ((PactumApplication) server.getApplication()).jdbi();
    // the bootstrap an operator gets from `pactum demo`: an admin token made on the store
    String bootstrap = PactumTestServer.createToken(server, "re-bootstrap", Role.ADMIN);
    Caller root = new Caller(bootstrap, "token:re-bootstrap", "admin");
    for (Role role : Role.values()) {
      callers.put(role, createToken(root, "re-" + role.wireName(), role));
    }

    rules = new TreeMap<>();
    ServedMethods.of(server.getEnvironment())
        .forEach(
            (key, method) -> {
              // the sign-in is anyone's (RoleMatrixTest pins which methods, SignInIT drives them)
              if (!method.isAnnotationPresent(Public.class)) {
                rules.put(key, ruleOf(key, method));
              }
            });

    Caller admin = callers.get(Role.ADMIN);
    Reply silence =
        send(
            admin,
            "POST",
            "/api/v1/silences",
            "POST /api/v1/silences",
            Endpoints.JSON_TYPE,
            "{\"matchers\": {\"team\": \"checkout\"}, \"duration\": \"1h\", \"created_by\": \"t\"}");
    assertThat(silence.status()).as(silence.raw().body()).isEqualTo(201);
    Reply subject =
        send(
            admin,
            "POST",
            "/subjects/re-known-value/versions",
            "POST /subjects/{subject}/versions",
            Endpoints.CONFLUENT,
            "{\"schema\": \"{\\\"type\\\": \\\"string\\\"}\"}");
    assertThat(subject.status()).as(subject.raw().body()).isEqualTo(200);
    catalogue = new LinkedHashMap<>();
    for (Endpoint e :
        Endpoints.all(
            PactumTestServer.EXAMPLES, silence.body().get("id").asLong(), "re-known-value")) {
      catalogue.putIfAbsent(e.key(), e);
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
  }

  private static Action ruleOf(String key, Method method) {
    Requires rule = method.getAnnotation(Requires.class);
    assertThat(rule).as("%s (%s) has an access rule", key, method).isNotNull();
    return rule.value();
  }

  private static Caller createToken(Caller admin, String name, Role role) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("name", name).put("role", role.wireName());
    if (RoleMatrix.teamScoped(role)) {
      body.putArray("teams").add(PRODUCER_TEAM);
    }
    body.put("expires_in", "1d");
    Reply r =
        send(
            admin,
            "POST",
            "/api/v1/tokens",
            "POST /api/v1/tokens",
            Endpoints.JSON_TYPE,
            body.toString());
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    String secret = r.body().path("secret").asText();
    assertThat(secret).startsWith("pct_");
    return new Caller(secret, "token:" + name, role.wireName());
  }

  /**
   * Sends one request; a write is remembered with its request id for the audit trail's test.
   *
   * @param key the {@code METHOD /template} it calls, or null for the request's own path
   */
  private static Reply send(
      Caller caller, String method, String path, String key, String contentType, String body)
      throws Exception {
    String requestId = "re-" + REQUESTS.incrementAndGet();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url + path))
            .timeout(Duration.ofSeconds(60))
            .header("X-Request-Id", requestId)
            .header("Accept", "application/json");
    if (caller.secret() != null) {
      b.header("Authorization", "Bearer " + caller.secret());
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (!READS.contains(method)) {
      String template = key == null ? method + " " + withoutQuery(path) : key;
      sent.add(new Sent(requestId, caller, method, template, withoutQuery(path), r.statusCode()));
    }
    JsonNode json = null;
    try {
      json = r.body().isEmpty() ? null : JSON.readTree(r.body());
    } catch (Exception notJson) {
      // an HTML page or plain text: the assertions below look at the status
    }
    return new Reply(r.statusCode(), json, r);
  }

  private static Reply send(Caller caller, Endpoint e) throws Exception {
    return send(
        caller,
        e.method(),
        e.path(),
        e.key(),
        e.contentType(),
        e.seed() == null ? null : e.seed().toString());
  }

  private static String withoutQuery(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  private static Endpoint endpoint(String key) {
    Endpoint e = catalogue.get(key);
    assertThat(e).as("%s is served but not in the Endpoints catalogue", key).isNotNull();
    return e;
  }

  // ---------------------------------------------------------------- anonymous

  @Test
  @Order(1)
  void anonymousCallersGet401OnEveryWrite() throws Exception {
    List<String> writes =
        rules.keySet().stream()
            .filter(k -> !READS.contains(k.substring(0, k.indexOf(' '))))
            .toList();
    assertThat(writes).as("the server's writes").hasSizeGreaterThan(25);
    for (String key : writes) {
      Endpoint e = endpoint(key);
      Reply r = send(Caller.ANONYMOUS, e);
      assertThat(r.status()).as("%s: %s", key, r.raw().body()).isEqualTo(401);
      assertThat(r.raw().headers().allValues("WWW-Authenticate"))
          .as(key)
          .anyMatch(v -> v.startsWith("Bearer realm="))
          .anyMatch(v -> v.startsWith("Basic realm="));
      assertThat(r.body()).as("%s: a JSON error", key).isNotNull();
      int expected =
          e.confluent() ? EdgeCodes.CONFLUENT_UNAUTHENTICATED : EdgeCodes.UNAUTHENTICATED;
      assertThat(r.body().path("error_code").asInt()).as(key).isEqualTo(expected);
      assertThat(r.body().path("message").asText()).as(key).startsWith("authentication required");
      assertThat(r.raw().headers().firstValue("Content-Type").orElse(""))
          .as(key)
          .startsWith(e.confluent() ? Endpoints.CONFLUENT : Endpoints.JSON_TYPE);
    }
  }

  // ---------------------------------------------------------------- the matrix, per role

  /**
   * One request per action the application guards: a write where the action has one, else a read.
   * Representatives are chosen from the served methods, in the catalogue's order.
   */
  private static Map<Action, Endpoint> representatives() {
    Map<Action, Endpoint> reads = new EnumMap<>(Action.class);
    Map<Action, Endpoint> writes = new EnumMap<>(Action.class);
    for (Endpoint e : catalogue.values()) {
      Action a = rules.get(e.key());
      if (a == null) {
        continue; // in the catalogue, not served (EdgeHardeningIT keeps the two in step)
      }
      (READS.contains(e.method()) ? reads : writes).putIfAbsent(a, e);
    }
    Map<Action, Endpoint> out = new EnumMap<>(reads);
    out.putAll(writes);
    return out;
  }

  /** A producer's publish and register are team-scoped: {@link #aProducerWritesOnlyItsTeams}. */
  private static boolean scopedByTeam(Role role, Action action) {
    return RoleMatrix.teamScoped(role)
        && (action == Action.CONTRACT_PUBLISH || action == Action.SCHEMA_REGISTER);
  }

  @Test
  @Order(2)
  void eachRoleIsAllowedOrRefusedEveryActionAsTheMatrixSays() throws Exception {
    Map<Action, Endpoint> sample = representatives();
    assertThat(sample.keySet())
        .as("a request for each guarded action")
        .contains(
            Action.READ,
            Action.CONTRACT_PUBLISH,
            Action.SCHEMA_REGISTER,
            Action.CHECK_RUN,
            Action.INCIDENT_ACT,
            Action.SILENCE_MANAGE,
            Action.LINEAGE_WRITE,
            Action.ERASURE,
            Action.REGISTRY_ADMIN,
            Action.TOKEN_ADMIN,
            Action.AUDIT_READ);
    List<String> wrong = new ArrayList<>();
    Map<Role, Integer> allowed = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      for (Map.Entry<Action, Endpoint> s : sample.entrySet()) {
        Action action = s.getKey();
        if (scopedByTeam(role, action)) {
          continue;
        }
        Endpoint e = s.getValue();
        Reply r = send(callers.get(role), e);
        boolean mayTake = RoleMatrix.allows(role, action);
        String seen =
            role.wireName() + " " + e.key() + " (" + action.wireName() + ") → " + r.status();
        if (mayTake) {
          allowed.merge(role, 1, Integer::sum);
          if (r.status() == 401 || r.status() == 403 || r.status() >= 500) {
            wrong.add(seen + ", expected 2xx or a 4xx other than 401/403: " + r.raw().body());
          }
        } else if (r.status() != 403) {
          wrong.add(seen + ", expected 403: " + r.raw().body());
        } else {
          int code = e.confluent() ? EdgeCodes.CONFLUENT_FORBIDDEN : EdgeCodes.NOT_ALLOWED;
          if (r.body() == null
              || r.body().path("error_code").asInt() != code
              || !r.body().path("message").asText().equals("not allowed to " + action.phrase())) {
            wrong.add(seen + ", expected error_code " + code + ": " + r.raw().body());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(allowed.get(Role.ADMIN)).isEqualTo(sample.size());
    assertThat(allowed.get(Role.READER)).isEqualTo(1);
  }

  // ---------------------------------------------------------------- team scope

  private static String contractBody(String ownerTeam) throws Exception {
    Path orders = PactumTestServer.EXAMPLES.resolve("orders");
    ObjectNode body = JSON.createObjectNode();
    body.put(
        "contract",
        Files.readString(orders.resolve("order_placed.contract.yaml"))
            .replace("owner: {team: checkout,", "owner: {team: " + ownerTeam + ","));
    body.put("path", "orders/order_placed.contract.yaml");
    body.putObject("files")
        .put("order_placed.avsc", Files.readString(orders.resolve("order_placed.avsc")));
    return body.toString();
  }

  @Test
  @Order(3)
  void aProducerWritesOnlyItsTeams() throws Exception {
    Caller producer = callers.get(Role.PRODUCER);
    String schema =
        JSON.createObjectNode()
            .put(
                "schema",
                Files.readString(PactumTestServer.EXAMPLES.resolve("orders/order_placed.avsc")))
            .toString();
    // its own team's subject (orders.order_placed is checkout's)
    Reply own =
        send(
            producer,
            "POST",
            "/subjects/orders.order_placed-value/versions",
            "POST /subjects/{subject}/versions",
            Endpoints.CONFLUENT,
            schema);
    assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
    assertThat(own.body().path("id").asInt()).isPositive();

    // another team's subject (crm.customer is crm's)
    Reply other =
        send(
            producer,
            "POST",
            "/subjects/crm.customer-value/versions",
            "POST /subjects/{subject}/versions",
            Endpoints.CONFLUENT,
            "{\"schema\": \"{\\\"type\\\": \\\"string\\\"}\"}");
    assertThat(other.status()).as(other.raw().body()).isEqualTo(403);
    assertThat(other.body().path("error_code").asInt()).isEqualTo(EdgeCodes.CONFLUENT_FORBIDDEN);
    assertThat(other.body().path("message").asText()).isEqualTo("not allowed to register schemas");
    assertThat(other.raw().body()).doesNotContain("crm\"").doesNotContain("checkout");

    // a contract's owner team is an administrator's to change
    Reply handOver =
        send(
            producer,
            "POST",
            "/api/v1/contracts",
            "POST /api/v1/contracts",
            Endpoints.JSON_TYPE,
            contractBody("crm"));
    assertThat(handOver.status()).as(handOver.raw().body()).isEqualTo(403);
    assertThat(handOver.body().path("error_code").asInt()).isEqualTo(EdgeCodes.NOT_ALLOWED);
    assertThat(handOver.body().path("message").asText())
        .isEqualTo("not allowed to publish contracts");
    assertThat(contractOwner()).isEqualTo("checkout");

    // an administrator passes the owner check (the folder, which declares the contract, then
    // refuses a publish from the API: 409, not 403)
    Reply byAdmin =
        send(
            callers.get(Role.ADMIN),
            "POST",
            "/api/v1/contracts",
            "POST /api/v1/contracts",
            Endpoints.JSON_TYPE,
            contractBody("crm"));
    assertThat(byAdmin.status()).as(byAdmin.raw().body()).isNotIn(401, 403).isLessThan(500);
  }

  private static String contractOwner() throws Exception {
    Reply r =
        send(
            callers.get(Role.READER),
            "GET",
            "/api/v1/contracts/orders.order_placed",
            null,
            Endpoints.JSON_TYPE,
            null);
    assertThat(r.status()).isEqualTo(200);
    return r.body().findValue("owner").path("team").asText();
  }

  // ---------------------------------------------------------------- erasure

  @Test
  @Order(4)
  void thePrivacyOfficerSubmitsErasuresAndAProducerCannot() throws Exception {
    String request =
        "{\"subject_type\": \"customer\", \"subject_id\": \"c-role-it\", \"requested_by\": \"dpo\","
            + " \"legal_basis\": \"GDPR Art. 17\"}";
    Reply byProducer =
        send(
            callers.get(Role.PRODUCER),
            "POST",
            "/api/v1/erasure-requests",
            "POST /api/v1/erasure-requests",
            Endpoints.JSON_TYPE,
            request);
    assertThat(byProducer.status()).as(byProducer.raw().body()).isEqualTo(403);
    assertThat(byProducer.body().path("message").asText())
        .isEqualTo("not allowed to erase personal data");

    Reply byPrivacy =
        send(
            callers.get(Role.PRIVACY),
            "POST",
            "/api/v1/erasure-requests",
            "POST /api/v1/erasure-requests",
            Endpoints.JSON_TYPE,
            request);
    assertThat(byPrivacy.status()).as(byPrivacy.raw().body()).isEqualTo(202);
    String id = byPrivacy.body().path("request_id").asText();
    assertThat(id).isNotBlank();
    Reply status =
        send(
            callers.get(Role.PRIVACY),
            "GET",
            "/api/v1/erasure-requests/" + id,
            null,
            Endpoints.JSON_TYPE,
            null);
    assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- the audit trail

  @Test
  @Order(10)
  void everyWriteIsOnTheAuditTrailWithItsPrincipalRoleActionAndOutcome() throws Exception {
    List<Sent> writes;
    synchronized (sent) {
      writes = List.copyOf(sent);
    }
    assertThat(writes).as("writes sent by this class").hasSizeGreaterThan(50);
    Map<String, JsonNode> trail = auditByRequestId();
    List<String> wrong = new ArrayList<>();
    for (Sent s : writes) {
      JsonNode entry = trail.get(s.requestId());
      if (entry == null) {
        wrong.add("not on the trail: " + s);
        continue;
      }
      String outcome = s.status() < 400 ? "accepted" : "refused";
      // a request refused before matching (401) is recorded under its path
      String action = s.status() == 401 ? s.method() + " " + s.path() : s.key();
      Map<String, Object> expected =
          Map.of(
              "principal", s.caller().principal(),
              "role", s.caller().role(),
              "action", action,
              "target", s.path(),
              "status", s.status(),
              "outcome", outcome);
      Map<String, Object> actual = new HashMap<>();
      actual.put("principal", entry.path("principal").asText());
      actual.put("role", entry.path("role").asText());
      actual.put("action", normaliseAction(entry.path("action").asText()));
      actual.put("target", entry.path("target").asText());
      actual.put("status", entry.path("status").asInt());
      actual.put("outcome", entry.path("outcome").asText());
      if (!actual.equals(expected)) {
        wrong.add(s.requestId() + ": expected " + expected + ", recorded " + actual);
      }
    }
    assertThat(wrong).isEmpty();
    // refusals of each kind are among them
    assertThat(writes).anyMatch(w -> w.status() == 401).anyMatch(w -> w.status() == 403);
  }

  private static String normaliseAction(String action) {
    int space = action.indexOf(' ');
    return space < 0
        ? action
        : action.substring(0, space) + " " + ServedMethods.normalise(action.substring(space + 1));
  }

  /** The whole trail, read a page at a time as an auditor (a steward) would. */
  private static Map<String, JsonNode> auditByRequestId() throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    String next = null;
    int pages = 0;
    do {
      String path =
          "/api/v1/audit?limit=200"
              + (next == null
                  ? ""
                  : "&next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
      Reply page = send(callers.get(Role.STEWARD), "GET", path, null, Endpoints.JSON_TYPE, null);
      assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
      for (JsonNode e : page.body().path("entries")) {
        byId.put(e.path("request_id").asText(), e);
      }
      next = page.body().path("next").isTextual() ? page.body().path("next").asText() : null;
      assertThat(++pages).as("pages of the trail").isLessThan(100);
    } while (next != null);
    return byId;
  }

  @Test
  @Order(11)
  void aTamperedRowIsTheFirstBrokenLinkOfTheChain() throws Exception {
    Caller steward = callers.get(Role.STEWARD);
    JsonNode intact = verify(steward);
    assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
    assertThat(intact.path("checked").asLong()).isGreaterThan(50);
    assertThat(intact.path("first_broken").isNull()).isTrue();

    long seq = 7;
    String original =
        store.withHandle(
            h ->
                h.createQuery("select principal from access.audit_event where seq = :seq")
                    .bind("seq", seq)
                    .mapTo(String.class)
                    .one());
    try {
      store.useHandle(
          h ->
              h.createUpdate("update access.audit_event set principal = 'mallory' where seq = :seq")
                  .bind("seq", seq)
                  .execute());
      JsonNode broken = verify(steward);
      assertThat(broken.path("intact").asBoolean()).as(broken.toString()).isFalse();
      assertThat(broken.path("first_broken").asLong()).isEqualTo(seq);
      assertThat(broken.path("problem").asText())
          .isEqualTo("the stored hash does not match the row's content");
      assertThat(broken.path("checked").asLong()).isEqualTo(seq);
      // a reader may not look at the trail at all
      Reply byReader =
          send(callers.get(Role.READER), "GET", "/api/v1/audit/verify", null, "", null);
      assertThat(byReader.status()).isEqualTo(403);
    } finally {
      store.useHandle(
          h ->
              h.createUpdate("update access.audit_event set principal = :p where seq = :seq")
                  .bind("p", original)
                  .bind("seq", seq)
                  .execute());
    }
    assertThat(verify(steward).path("intact").asBoolean()).isTrue();
  }

  private static JsonNode verify(Caller caller) throws Exception {
    Reply r = send(caller, "GET", "/api/v1/audit/verify", null, Endpoints.JSON_TYPE, null);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.body();
  }
}
