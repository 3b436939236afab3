package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import picocli.CommandLine;

/**
 * One catalog, end to end: contracts published from CI with {@code pactum contract publish} against
 * a running server are the contracts it checks (through the API and the CLI), shows (list, page,
 * quality history), schedules, erases by and names in impact analyses; retiring one stops its runs
 * and schedules while its history stays; the contracts folder owns the ids it declares.
 *
 * <p>The warehouse is a database of the shared embedded PostgreSQL, configured as {@code
 * datasources.warehouse}; the server's contracts folder holds one contract of its own.
 */
@ExtendWith(PostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneCatalogIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROFILE = "growth.customer_profile";
  private static final String EMAILS = "growth.profile_emails";
  private static final String SUBJECT = "c-00042";

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static String url;
  private static TestDatabase warehouse;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start(TestDatabase db) throws Exception {
    warehouse = db;
    db.execute("create schema growth");
    db.execute(
        "create table growth.profiles (customer_id text primary key, email text,"
            + " loaded_at timestamptz not null)");
    db.execute(
        "insert into growth.profiles values ('c-00041', 'a@example.com', now()),"
            + " ('"
            + SUBJECT
            + "', 'b@example.com', now())");
    db.execute("create table growth.emails (customer_id text, email text)");
    db.execute("insert into growth.emails select customer_id, email from growth.profiles");
    db.execute("create table growth.folder_things (id integer)");
    db.execute("insert into growth.folder_things values (1)");

    Path folder = Files.createDirectories(work.resolve("server-contracts"));
    writeContract(
        folder,
        "folder.things",
        "growth.folder_things",
        "id",
        "{\"type\": \"record\", \"name\": \"Thing\", \"fields\": [{\"name\": \"id\", \"type\":"
            + " \"int\"}]}",
        "  - row_count: {min: 1}\n",
        "");

    app =
        PactumTestServer.create(
            work.resolve("pg"),
            folder,
            ConfigOverride.config("datasources.warehouse.url", db.jdbcUrl()),
            ConfigOverride.config("datasources.warehouse.user", db.user()),
            ConfigOverride.config("datasources.warehouse.password", db.password()),
            ConfigOverride.config("checks.freshnessInterval", "1s"),
            ConfigOverride.config("erasure.sweepInterval", "0s"));
    app.before();
    url = "http://localhost:" + app.getLocalPort();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  /** Writes {@code <id>.contract.yaml} and its Avro schema into {@code dir}. */
  private static Path writeContract(
      Path dir, String id, String table, String key, String avsc, String checks, String pii)
      throws Exception {
    String name = id.replace('.', '_');
    Files.writeString(dir.resolve(name + ".avsc"), avsc);
    return Files.writeString(
        dir.resolve(name + ".contract.yaml"),
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: %s
        version: 1.0.0
        status: active
        owner: {team: growth, email: growth-data@example.com, slack: "#growth-data"}
        description: Published from CI, <b>not</b> from the server's folder.
        schema: {format: avro, file: %s.avsc, compatibility: BACKWARD}
        dataset: {datasource: warehouse, table: %s}
        checks:
        %s%s"""
            .formatted(id, name, table, checks, pii));
  }

  /** The producer team's repository: two contracts, one downstream of the other. */
  private static Path producerRepo() throws Exception {
    Path repo = Files.createDirectories(work.resolve("repo"));
    writeContract(
        repo,
        PROFILE,
        "growth.profiles",
        "customer_id",
        """
        {"type": "record", "name": "Profile", "namespace": "growth", "fields": [
          {"name": "customer_id", "type": "string"},
          {"name": "email", "type": ["null", "string"], "default": null},
          {"name": "loaded_at", "type": {"type": "long", "logicalType": "timestamp-micros"}}]}
        """,
        "  - row_count: {min: 1}\n  - not_null: [customer_id]\n"
            + "  - freshness: {column: loaded_at, max_age: 2h}\n",
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            customer_id: {erasure: delete_row, category: identifier}
            email: {erasure: nullify, category: email}
        """);
    writeContract(
        repo,
        EMAILS,
        "growth.emails",
        "customer_id",
        """
        {"type": "record", "name": "ProfileEmail", "namespace": "growth", "fields": [
          {"name": "customer_id", "type": "string"},
          {"name": "email", "type": ["null", "string"], "default": null}]}
        """,
        "  - row_count: {min: 1}\n",
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            customer_id: {erasure: delete_row, category: identifier}
            email: {erasure: nullify, category: email}
        """);
    return repo;
  }

  record Run(int exit, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PactumCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
    b =
        body == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String method, String path, String body, int status)
      throws Exception {
    HttpResponse<String> r = send(method, path, body);
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  private static String page(String path, int status) throws Exception {
    HttpResponse<String> r = send("GET", path, null);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    return r.body();
  }

  private static JsonNode finished(String runId) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      JsonNode run = json("GET", "/api/v1/runs/" + runId, null, 200);
      String status = run.path("status").asText();
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + runId + " did not finish");
  }

  private static long scheduledRuns(String contract) throws Exception {
    return warehouseFreeCount(
        "select count(*) from checks.check_run where contract_id = '"
            + contract
            + "' and trigger = 'schedule'");
  }

  /** Counts in Pactum's own database (the result log), not the warehouse. */
  private static long warehouseFreeCount(String sql) {
    PactumApplication application = (PactumApplication) app.getApplication();
    return application.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  @Order(1)
  void aContractPublishedFromCiIsCheckedThroughTheApiAndTheCli() throws Exception {
    Run publish = cli("contract", "publish", producerRepo().toString(), "--registry", url);
    assertThat(publish.exit()).as(publish.out() + publish.err()).isZero();
    assertThat(publish.out()).contains(PROFILE, EMAILS);

    JsonNode status = json("GET", "/api/v1/contracts/" + PROFILE + "/status", null, 200);
    assertThat(status.path("status").asText()).isEqualTo("active");
    assertThat(status.path("managed_by").asText()).isEqualTo("api");
    assertThat(status.has("file")).isFalse();

    JsonNode accepted = json("POST", "/api/v1/runs", "{\"contract\": \"" + PROFILE + "\"}", 202);
    JsonNode run = finished(accepted.path("run_id").asText());
    assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("PASS");
    assertThat(run.path("contract_version").asInt()).isEqualTo(1);
    assertThat(run.path("results")).hasSize(3);

    Run cliRun = cli("checks", "run", "--contract", EMAILS, "--wait", "--server", url);
    assertThat(cliRun.exit()).as(cliRun.out() + cliRun.err()).isZero();
    assertThat(cliRun.out()).contains("row_count", "PASS");
  }

  @Test
  @Order(2)
  void itsPageAndQualityHistoryAreInTheUi() throws Exception {
    String list = page("/ui/", 200);
    assertThat(list).contains(PROFILE, EMAILS, "folder.things").contains("published by");
    String contract = page("/ui/contracts/" + PROFILE, 200);
    assertThat(contract)
        .contains(PROFILE, "growth", "growth-data@example.com")
        .contains("Quality history")
        .contains("not_null(customer_id)")
        .contains("&lt;b&gt;not&lt;/b&gt;")
        .doesNotContain("<b>not</b>")
        .doesNotContain("No runs yet");
  }

  @Test
  @Order(3)
  void itsOwnerIsNamedInImpactAnalysisAndItsPiiIsErased() throws Exception {
    json(
        "POST",
        "/api/v1/lineage/sql",
        JSON.writeValueAsString(
            Map.of(
                "job",
                "growth.emails_from_profiles",
                "namespace",
                "warehouse",
                "sql",
                "insert into growth.emails (customer_id, email)"
                    + " select customer_id, email from growth.profiles")),
        200);
    JsonNode impact = json("GET", "/api/v1/lineage/impact/" + PROFILE + "?column=email", null, 200);
    assertThat(impact.path("datasets"))
        .as(impact.toString())
        .anySatisfy(
            d -> {
              assertThat(d.path("contract_id").asText()).isEqualTo(EMAILS);
              assertThat(d.path("owner_team").asText()).isEqualTo("growth");
            });

    JsonNode request =
        json(
            "POST",
            "/api/v1/erasure-requests",
            JSON.writeValueAsString(
                Map.of(
                    "subject_type", "customer",
                    "subject_id", SUBJECT,
                    "requested_by", "dpo@example.com",
                    "legal_basis", "GDPR art. 17(1)(a)")),
            202);
    String id = request.path("request_id").asText();
    JsonNode done = null;
    for (int i = 0; i < 300; i++) {
      done = json("GET", "/api/v1/erasure-requests/" + id, null, 200);
      if (done.path("status").asText().matches("COMPLETED|PARTIAL|FAILED")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.path("datasets"))
        .extracting(d -> d.path("dataset").asText())
        .containsExactlyInAnyOrder("warehouse:growth.profiles", "warehouse:growth.emails");
    assertThat(
            warehouse
                .dataSource()
                .getConnection()
                .createStatement()
                .executeQuery(
                    "select count(*) from growth.profiles where customer_id = '" + SUBJECT + "'")
                .next())
        .isTrue();
  }

  @Test
  @Order(4)
  void theFolderOwnsTheIdsItDeclares() throws Exception {
    Path repo = Files.createDirectories(work.resolve("hijack"));
    writeContract(
        repo,
        "folder.things",
        "growth.folder_things",
        "id",
        "{\"type\": \"record\", \"name\": \"Thing\", \"fields\": [{\"name\": \"id\", \"type\":"
            + " \"int\"}]}",
        "  - row_count: {min: 0}\n",
        "");
    Run publish = cli("contract", "publish", repo.toString(), "--registry", url);
    assertThat(publish.exit()).as(publish.out() + publish.err()).isEqualTo(1);
    assertThat(publish.out() + publish.err()).contains("declared by the server's contracts folder");

    JsonNode refused = json("DELETE", "/api/v1/contracts/folder.things", null, 409);
    assertThat(refused.path("error_code").asInt()).isEqualTo(40903);
    JsonNode status = json("GET", "/api/v1/contracts/folder.things/status", null, 200);
    assertThat(status.path("managed_by").asText()).isEqualTo("folder");
    assertThat(status.path("file").asText()).endsWith("folder_things.contract.yaml");
    assertThat(json("GET", "/api/v1/contracts/folder.things", null, 200).path("versions"))
        .hasSize(1);
  }

  @Test
  @Order(5)
  void retiringStopsRunsAndSchedulesAndKeepsTheHistory() throws Exception {
    // the freshness schedule (every second here) covers the published contract
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (scheduledRuns(PROFILE) == 0 && Instant.now().isBefore(until)) {
      Thread.sleep(100);
    }
    assertThat(scheduledRuns(PROFILE)).isPositive();

    JsonNode retired = json("DELETE", "/api/v1/contracts/" + PROFILE, null, 200);
    assertThat(retired.path("status").asText()).isEqualTo("retired");
    assertThat(retired.path("retired_at").asText()).endsWith("Z");

    JsonNode refused = json("POST", "/api/v1/runs", "{\"contract\": \"" + PROFILE + "\"}", 409);
    assertThat(refused.path("error_code").asInt()).isEqualTo(40902);
    assertThat(refused.path("message").asText()).contains("is retired");

    Thread.sleep(1500); // a round that started before the retirement may still record its run
    long afterRetirement = scheduledRuns(PROFILE);
    Thread.sleep(3500); // three more rounds
    assertThat(scheduledRuns(PROFILE)).isEqualTo(afterRetirement);
    assertThat(scheduledRuns("folder.things")).isZero(); // no freshness check: never scheduled

    // the history stays readable: results, versions, the page (which says it is retired)
    assertThat(json("GET", "/api/v1/contracts/" + PROFILE + "/results", null, 200).toString())
        .contains("not_null(customer_id)");
    assertThat(json("GET", "/api/v1/contracts/" + PROFILE, null, 200).path("status").asText())
        .isEqualTo("retired");
    assertThat(page("/ui/contracts/" + PROFILE, 200))
        .contains("Retired: no new runs or schedules")
        .contains("not_null(customer_id)");

    // a retired contract takes no new version; the gate says so too
    Run publish = cli("contract", "publish", work.resolve("repo").toString(), "--registry", url);
    assertThat(publish.exit()).isEqualTo(1);
    assertThat(publish.out() + publish.err()).contains("retired");

    // deleted for good, after retirement: versions and quality history go
    JsonNode deleted =
        json("DELETE", "/api/v1/contracts/" + PROFILE + "?permanent=true", null, 200);
    assertThat(deleted.path("deleted_versions").asInt()).isEqualTo(1);
    assertThat(deleted.path("deleted_runs").asInt()).isPositive();
    assertThat(
            warehouseFreeCount(
                "select count(*) from checks.check_run where contract_id = '"
                    + PROFILE
                    + "' and status not in ('QUEUED', 'RUNNING')"))
        .isZero();
    json("GET", "/api/v1/contracts/" + PROFILE + "/status", null, 404);
    page("/ui/contracts/" + PROFILE, 404);
  }
}
