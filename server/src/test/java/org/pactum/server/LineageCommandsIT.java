package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import picocli.CommandLine;

/**
 * The lineage module in the whole server: {@code pactum lineage sql} (offline and posted), the
 * graph and PII findings over the example contracts, and {@code pactum lineage impact} against a
 * git ref.
 */
class LineageCommandsIT {
  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static String url;
  private static Path repo;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    repo = work.resolve("repo");
    PactumTestServer.copyTree(PactumTestServer.EXAMPLES, repo);
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-q", "-m", "x");
    server = PactumTestServer.create(work.resolve("pg"), repo);
    server.before();
    url = "http://localhost:" + server.getLocalPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
  }

  private int pactum(String... args) {
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  private static Path sql(String name, String text) throws Exception {
    Path f = work.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void sqlOfflineResolvesStarThroughContractsAndReportsWhatItCannot() throws Exception {
    Path f = sql("copy.sql", "create table mart.customers_copy as select * from crm.customers;");
    int withContracts =
        pactum("lineage", "sql", "--job", "copy", "--contracts", repo.toString(), f.toString());
    assertThat(withContracts).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains("(offline, not recorded)")
        .contains(
            "warehouse:crm.customers.email -> warehouse:mart.customers_copy.email  DIRECT/IDENTITY");
    out.getBuffer().setLength(0);
    assertThat(pactum("lineage", "sql", "--job", "copy", f.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("problem: statement 1: cannot expand * for crm.customers");
    assertThat(pactum("lineage", "sql", "--job", "x", sql("bad.sql", "selec x").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("sql does not parse");
  }

  @Test
  void bothCommandsRefuseAnUnknownFormat() throws Exception {
    Path f = sql("format.sql", "create table mart.x as select id from crm.customers;");
    assertThat(pactum("lineage", "sql", "--job", "x", "--format", "xml", f.toString()))
        .isEqualTo(2);
    assertThat(
            pactum(
                "lineage",
                "impact",
                "--contract",
                "crm.customers",
                "--against",
                "HEAD",
                "--format",
                "yaml",
                repo.toString()))
        .isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "pactum: --format must be text or json", "pactum: --format must be text or json");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void postedSqlIsRecordedAndImpactNamesDownstreamOwners() throws Exception {
    Path payments =
        sql(
            "payments.sql",
            "insert into payments.payment (customer_id, payer_email, method)"
                + " select customer_id, lower(email), 'card' from crm.customers;");
    Path audience =
        sql(
            "audience.sql",
            "create table marketing.audience as select customer_id, email, country"
                + " from crm.customers where marketing_opt_in;");
    assertThat(
            pactum(
                "lineage", "sql", "--job", "payments_load", "--server", url, payments.toString()))
        .as(out + "\n" + err)
        .isZero();
    assertThat(
            pactum(
                "lineage",
                "sql",
                "--job",
                "audience",
                "--server",
                url,
                "--format",
                "json",
                audience.toString()))
        .isZero();
    assertThat(out.toString()).contains("recorded on " + url).contains("\"recorded\" : true");

    JsonNode graph = get("/api/v1/lineage/columns/warehouse:crm.customers/email?direction=down");
    assertThat(graph.path("nodes").findValuesAsText("dataset"))
        .containsExactlyInAnyOrder("payments.payment", "marketing.audience");
    JsonNode findings = get("/api/v1/lineage/pii-findings");
    assertThat(findings.toString())
        .contains("\"dataset\":\"marketing.audience\",\"column\":\"email\"");

    // the customer contract drops email's PII tag and the phone column
    Path contract = repo.resolve("customers/customer.contract.yaml");
    Path schema = repo.resolve("customers/customer.avsc");
    String yaml = Files.readString(contract);
    Files.writeString(
        contract,
        yaml.replaceAll("(?m)^.*phone.*\\n", "")
            .replaceAll("(?m)^    email: \\{erasure.*\\n", "")
            .replace("version: 2.0.1", "version: 3.0.0"));
    Files.writeString(
        schema,
        Files.readString(schema).replaceFirst("\\s*\\{\"name\": \"phone\"[^\\n]*\\n", "\n"));
    out.getBuffer().setLength(0);
    int code =
        pactum(
            "lineage",
            "impact",
            "--contract",
            "crm.customer",
            "--against",
            "HEAD",
            "--server",
            url,
            repo.toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(1);
    assertThat(out.toString())
        .contains("email: PII_FIELD_REMOVED", "phone: column removed")
        .contains("email -> warehouse:payments.payment.payer_email (1 hop)")
        .contains("warehouse:payments.payment: contract payments.payment, team payments")
        .contains("warehouse:marketing.audience: no contract, no owner on record")
        .contains("not in the lineage graph: [\"phone\"]");

    out.getBuffer().setLength(0);
    assertThat(
            pactum(
                "lineage",
                "impact",
                "--contract",
                "orders.order_placed",
                "--against",
                "HEAD",
                "--server",
                url,
                repo.toString()))
        .isZero();
    assertThat(out.toString()).contains("no column changes since HEAD");
    assertThat(
            pactum(
                "lineage",
                "impact",
                "--contract",
                "crm.customer",
                "--against",
                "nope",
                "--server",
                url,
                repo.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown git ref 'nope'");
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }
}
