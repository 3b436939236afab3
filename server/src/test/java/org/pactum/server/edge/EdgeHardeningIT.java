package org.pactum.server.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.PactumApplication;
import org.pactum.server.PactumTestServer;
import org.pactum.server.config.PactumConfiguration;

/**
 * The hardened edge on the whole server (issue #14): every resource method is in the fuzz
 * catalogue; the hostile inputs found by hand get their 4xx; and a seeded fuzz run of {@code
 * pactum.fuzz.requests} (10,000) mutated requests gets no 5xx and leaves the store unchanged on
 * every refusal.
 */
class EdgeHardeningIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern JAVA_NAMES =
      Pattern.compile(
          "\\b(java|javax|jakarta|com\\.fasterxml|org\\.(pactum|glassfish|eclipse|jdbi|postgresql|apache))\\.[a-z]");
  private static final Set<String> ASYNC_WRITES =
      Set.of(
          "POST /api/v1/runs",
          "POST /api/v1/erasure-requests",
          "POST /api/v1/erasure-requests/{id}/resume");

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static StoreCounts counts;
  private static StoreWrites writes;
  private static List<Endpoint> endpoints;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  record Reply(int status, JsonNode body, String raw) {
    String message() {
      return body == null ? raw : body.path("message").asText(raw);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    server =
        PactumTestServer.create(
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("checks.freshnessInterval", "0s"),
            ConfigOverride.config("erasure.sweepInterval", "0s"));
    server.before();
    Jdbi store = ((PactumApplication) server.getApplication()).jdbi();
    counts = new StoreCounts(store);
    writes = new StoreWrites(store, StoreCounts.tables(store));
    Reply silence =
        send(
            "POST",
            "/api/v1/silences",
            Endpoints.JSON_TYPE,
            bytes(
                "{\"matchers\": {\"team\": \"checkout\"}, \"duration\": \"1h\", \"created_by\": \"t\"}"),
            Map.of());
    assertThat(silence.status()).isEqualTo(201);
    Reply subject =
        send(
            "POST",
            "/subjects/fuzz-known-value/versions",
            Endpoints.CONFLUENT,
            bytes("{\"schema\": \"{\\\"type\\\": \\\"string\\\"}\"}"),
            Map.of());
    assertThat(subject.status()).isEqualTo(200);
    endpoints =
        Endpoints.all(
            PactumTestServer.EXAMPLES, silence.body().get("id").asLong(), "fuzz-known-value");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
  }

  @Test
  void everyResourceMethodIsInTheFuzzCatalogue() {
    Set<String> served = ServedMethods.of(server.getEnvironment()).keySet();
    Set<String> fuzzed =
        endpoints.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
    assertThat(served).as("resource methods of the application").hasSizeGreaterThan(50);
    assertThat(fuzzed)
        .as("every resource method must be in Endpoints (the fuzz catalogue)")
        .containsAll(served);
  }

  // ---------------------------------------------------------------- the hostile inputs

  record Hostile(
      String name,
      String method,
      String path,
      String type,
      byte[] body,
      Map<String, String> headers,
      int status,
      String says) {}

  private static Hostile json(
      String name, String method, String path, String body, int status, String says) {
    return new Hostile(
        name, method, path, Endpoints.JSON_TYPE, bytes(body), Map.of(), status, says);
  }

  static List<Hostile> hostiles() {
    List<Hostile> h = new ArrayList<>();
    h.add(
        json(
            "NUL in acknowledge",
            "POST",
            "/api/v1/incidents/1/acknowledge",
            "{\"by\": \"a\\u0000b\"}",
            422,
            "field 'by' contains a NUL"));
    h.add(
        json(
            "NUL in a silence comment",
            "POST",
            "/api/v1/silences",
            "{\"matchers\": {\"team\": \"t\"}, \"duration\": \"1h\", \"created_by\": \"t\", \"comment\": \"x\\u0000\"}",
            422,
            "field 'comment' contains a NUL"));
    h.add(
        json(
            "lone surrogate in a silence comment",
            "POST",
            "/api/v1/silences",
            "{\"matchers\": {\"team\": \"t\"}, \"duration\": \"1h\", \"created_by\": \"t\", \"comment\": \"x\\ud800\"}",
            422,
            "lone UTF-16 surrogate"));
    h.add(
        json(
            "NUL in a lineage job name",
            "POST",
            "/api/v1/lineage",
            Endpoints.OPENLINEAGE.replace("\"daily_revenue\"", "\"daily\\u0000revenue\""),
            422,
            "field 'job.name' contains a NUL"));
    h.add(
        json(
            "NUL in an SQL-lineage job",
            "POST",
            "/api/v1/lineage/sql",
            "{\"job\": \"j\\u0000\", \"sql\": \"insert into a select x from b\"}",
            422,
            "field 'job' contains a NUL"));
    h.add(
        json(
            "NUL in an SQL alias",
            "POST",
            "/api/v1/lineage/sql",
            "{\"job\": \"j\", \"sql\": \"insert into a select x as \\\"q\\u0000\\\" from b\"}",
            422,
            "field 'sql' contains a NUL"));
    h.add(
        json(
            "NUL in a baseline reset",
            "POST",
            "/api/v1/contracts/orders.order_placed/checks/row_count_anomaly/baseline-reset",
            "{\"approved_by\": \"a\", \"reason\": \"r\\u0000\"}",
            422,
            "field 'reason' contains a NUL"));
    h.add(
        new Hostile(
            "NUL in a reference subject",
            "POST",
            "/subjects/hostile-value/versions",
            Endpoints.CONFLUENT,
            bytes(
                "{\"schema\": \"{\\\"type\\\": \\\"string\\\"}\", \"references\": [{\"name\": \"a\", \"subject\": \"s\\u0000\", \"version\": 1}]}"),
            Map.of(),
            422,
            "field 'references[0].subject' contains a NUL"));
    h.add(
        json(
            "NUL in contract YAML",
            "POST",
            "/api/v1/contracts",
            "{\"contract\": \"id: a\\u0000\", \"files\": {}}",
            422,
            "NUL"));
    h.add(
        json(
            "silence ending in year 999999999",
            "POST",
            "/api/v1/silences",
            "{\"matchers\": {\"team\": \"t\"}, \"ends_at\": \"+999999999-12-31T00:00:00Z\", \"created_by\": \"t\"}",
            422,
            "years 1 to 9999"));
    h.add(
        json(
            "silence of 999999999999h",
            "POST",
            "/api/v1/silences",
            "{\"matchers\": {\"team\": \"t\"}, \"duration\": \"999999999999h\", \"created_by\": \"t\"}",
            422,
            "duration"));
    h.add(
        json(
            "lineage eventTime far future",
            "POST",
            "/api/v1/lineage",
            Endpoints.OPENLINEAGE.replace("2026-01-02T03:04:05.678Z", "+999999999-12-31T23:59:59Z"),
            422,
            "years 1 to 9999"));
    h.add(
        json(
            "lineage eventTime far past",
            "POST",
            "/api/v1/lineage",
            Endpoints.OPENLINEAGE.replace("2026-01-02T03:04:05.678Z", "-999999999-01-01T00:00:00Z"),
            422,
            "years 1 to 9999"));
    h.add(
        json(
            "SQL nested 10,000 deep",
            "POST",
            "/api/v1/lineage/sql",
            "{\"job\": \"j\", \"sql\": \"select "
                + "(".repeat(10_000)
                + "1"
                + ")".repeat(10_000)
                + "\"}",
            422,
            "nests parentheses"));
    h.add(
        json(
            "SQL with 50,000 chained +",
            "POST",
            "/api/v1/lineage/sql",
            "{\"job\": \"j\", \"sql\": \"select 1" + "+1".repeat(50_000) + "\"}",
            422,
            "operators"));
    h.add(
        json(
            "a run id with a slash",
            "POST",
            "/api/v1/runs",
            "{\"contract\": \"crm.customer\", \"run_id\": \"a/b\"}",
            422,
            "field 'run_id' must be"));
    h.add(
        json(
            "a run id of 300 characters",
            "POST",
            "/api/v1/runs",
            "{\"contract\": \"crm.customer\", \"run_id\": \"" + "r".repeat(300) + "\"}",
            422,
            "run_id"));
    h.add(
        new Hostile(
            "a 20 MB registry body",
            "POST",
            "/subjects/big-value/versions",
            Endpoints.CONFLUENT,
            bytes("{\"schema\": \"" + "x".repeat(20 * 1024 * 1024) + "\"}"),
            Map.of(),
            413,
            "larger than"));
    h.add(
        new Hostile(
            "a gzip bomb",
            "POST",
            "/api/v1/silences",
            Endpoints.JSON_TYPE,
            Mutations.gzip(bytes("{\"comment\": \"" + "x".repeat(200 * 1024 * 1024) + "\"}")),
            Map.of("Content-Encoding", "gzip"),
            413,
            "larger than"));
    h.add(
        json(
            "a subject with an encoded slash",
            "POST",
            "/subjects/a%2Fb/versions",
            "{\"schema\": \"\\\"string\\\"\"}",
            400,
            ""));
    h.add(
        json(
            "wrong shape names no Java type",
            "POST",
            "/api/v1/runs",
            "{\"contract\": {\"a\": 1}}",
            422,
            "contract"));
    for (Endpoint e :
        List.of(
            new Endpoint("POST", "", "/api/v1/silences", null, Endpoints.JSON_TYPE),
            new Endpoint("POST", "", "/api/v1/runs", null, Endpoints.JSON_TYPE),
            new Endpoint("POST", "", "/api/v1/contracts", null, Endpoints.JSON_TYPE),
            new Endpoint("POST", "", "/api/v1/lineage", null, Endpoints.JSON_TYPE),
            new Endpoint("POST", "", "/api/v1/lineage/sql", null, Endpoints.JSON_TYPE),
            new Endpoint("POST", "", "/api/v1/erasure-requests", null, Endpoints.JSON_TYPE),
            new Endpoint("POST", "", "/api/v1/alerts/route-test", null, Endpoints.JSON_TYPE),
            new Endpoint("POST", "", "/subjects/gz-value/versions", null, Endpoints.CONFLUENT))) {
      h.add(
          new Hostile(
              "not gzip on " + e.path(),
              "POST",
              e.path(),
              e.contentType(),
              bytes("{\"a\": 1}"),
              Map.of("Content-Encoding", "gzip"),
              400,
              "cannot be decoded"));
    }
    return h;
  }

  @Test
  void hostileInputsAreRefusedWithA4xxThatNamesTheProblemAndStoreNothing() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Hostile h : hostiles()) {
      Map<String, Long> before = counts.now();
      Reply r;
      try {
        r = send(h.method(), h.path(), h.type(), h.body(), h.headers());
      } catch (IOException closed) {
        if (h.status() == 413) {
          // refused by its declared length before it was read; the server closed the connection
          // while the client was still sending it
          r = new Reply(413, null, "larger than the limit (connection closed while sending)");
        } else {
          r = send(h.method(), h.path(), h.type(), h.body(), h.headers()); // a new connection
        }
      }
      Map<String, Long> after = counts.now();
      if (r.status() != h.status() || !r.message().contains(h.says())) {
        wrong.add(h.name() + ": " + r.status() + " " + abbreviate(r.raw()));
      } else if (JAVA_NAMES.matcher(r.raw()).find()) {
        wrong.add(h.name() + ": names a Java type: " + abbreviate(r.raw()));
      } else if (!before.equals(after)) {
        wrong.add(h.name() + ": the store changed: " + diff(before, after));
      }
    }
    assertThat(wrong).isEmpty();
  }

  // ---------------------------------------------------------------- the fuzz run

  @Test
  void tenThousandMutatedRequestsGetNo5xxAndRefusalsStoreNothing() throws Exception {
    int requests = Integer.getInteger("pactum.fuzz.requests", 10_000);
    long seed = Long.getLong("pactum.fuzz.seed", 20261207L);
    Mutations mutations = new Mutations(seed);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    int sent = 0;
    List<String> resent = new ArrayList<>();
    for (int i = 0; i < requests && failures.size() < 20; i++) {
      Endpoint e = endpoints.get(i % endpoints.size());
      Mutant m = mutations.next(e);
      // a refusal must write nothing while it is handled; work accepted earlier (a run's alerts)
      // may still be writing in the background, so count only this request's window
      long before = writes.now();
      Reply r;
      try {
        r = send(e, m);
      } catch (IOException closed) {
        if (m.description().equals("body over the limit")) {
          statuses.merge(413, 1, Integer::sum); // refused before the body was read, then closed
          sent++;
          continue;
        }
        // a kept-alive connection the server closed after an earlier exchange: the client does not
        // resend by itself; once more on a new connection, and a second failure counts. These are
        // counted and printed, and may be at most one in a thousand.
        try {
          r = send(e, m);
          resent.add("#" + i + " " + e.method() + " " + m.path());
        } catch (IOException again) {
          failures.add(
              "#"
                  + i
                  + " "
                  + e.method()
                  + " "
                  + m.path()
                  + " ["
                  + m.description()
                  + "] → no answer");
          continue;
        }
      }
      statuses.merge(r.status(), 1, Integer::sum);
      String where = "#" + i + " " + e.method() + " " + m.path() + " [" + m.description() + "]";
      if (r.status() >= 500) {
        failures.add(where + " → " + r.status() + " " + abbreviate(r.raw()));
        continue;
      }
      if (r.status() >= 400) {
        if (JAVA_NAMES.matcher(r.raw()).find()) {
          failures.add(where + " → names a Java type: " + abbreviate(r.raw()));
        }
        long after = writes.now();
        if (after != before) {
          failures.add(
              where + " → " + r.status() + " but " + (after - before) + " rows were written");
        }
      } else if (!e.method().equals("GET")) {
        if (ASYNC_WRITES.contains(e.key())) {
          awaitAccepted(r);
          awaitIdleRunQueue();
          quiesce();
        }
      }
      sent++;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "edge fuzz: %d requests in %.1f s (seed %d), statuses %s%n",
        requests, seconds, seed, statuses);
    System.out.println(
        "edge fuzz: answered on a new connection after the old one closed: " + resent);
    assertThat(failures).isEmpty();
    assertThat(resent).hasSizeLessThanOrEqualTo(sent / 1000);
    assertThat(statuses.keySet())
        .as("the run exercised refusals and acceptances")
        .contains(200, 400, 404, 422);
  }

  /** Waits until an accepted run or erasure request is no longer queued or executing. */
  private static void awaitAccepted(Reply accepted) throws Exception {
    String self =
        accepted.body() == null ? null : accepted.body().path("links").path("self").asText(null);
    if (self == null) {
      return;
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Reply r = send("GET", self, null, null, Map.of());
      String status = r.body() == null ? "" : r.body().path("status").asText("");
      if (!Set.of("QUEUED", "RUNNING", "RECEIVED", "EXECUTING").contains(status)) {
        return;
      }
      Thread.sleep(100);
    }
  }

  /**
   * Waits until what accepted work set off (a run's alerts) is written: equal counts 500 ms apart.
   */
  /**
   * Waits until the run coordinator has nothing running or queued, as its health check reports: a
   * run's status turns final before its result is handed to the alert router, whose writes would
   * otherwise land in a later request's window on a loaded machine.
   */
  private static void awaitIdleRunQueue() throws Exception {
    URI health = URI.create("http://127.0.0.1:" + server.getAdminPort() + "/healthcheck");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.ofString());
      JsonNode checks = JSON.readTree(r.body()).path("checks").path("message");
      if (checks.asText("").startsWith("0 running, 0 of")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the run queue did not become idle within 60 s");
  }

  private static void quiesce() throws InterruptedException {
    long last = writes.now();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Thread.sleep(200);
      long now = writes.now();
      if (now == last) {
        return;
      }
      last = now;
    }
  }

  // ---------------------------------------------------------------- helpers

  static Reply send(
      String method, String path, String type, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null && body != null) {
      b.header("Content-Type", type);
    }
    headers.forEach(b::header);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    if (r.headers().firstValue("Content-Type").orElse("").contains("json")) {
      try {
        json = JSON.readTree(r.body());
      } catch (IOException notJson) {
        json = null;
      }
    }
    return new Reply(r.statusCode(), json, r.body());
  }

  private static Reply send(Endpoint e, Mutant m) throws IOException, InterruptedException {
    return send(
        e.method(),
        m.path(),
        m.headers().get("Content-Type"),
        m.body(),
        without(m.headers(), "Content-Type"));
  }

  private static Map<String, String> without(Map<String, String> headers, String name) {
    Map<String, String> out = new TreeMap<>(headers);
    out.remove(name);
    return out;
  }

  private static String diff(Map<String, Long> before, Map<String, Long> after) {
    return after.entrySet().stream()
        .filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(e -> e.getKey() + " " + before.get(e.getKey()) + "→" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
