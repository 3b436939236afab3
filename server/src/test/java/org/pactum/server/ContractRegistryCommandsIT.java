package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import picocli.CommandLine;

/** {@code pactum contract publish|check --registry URL} against a running server. */
class ContractRegistryCommandsIT {
  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static String url;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    Path contracts = work.resolve("contracts");
    Files.createDirectories(contracts);
    server = PactumTestServer.create(work.resolve("pg"), contracts);
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

  /** A copy of an example folder whose contract has another id. */
  private Path example(String folder, String fromId, String toId) throws Exception {
    Path copy = dir.resolve(toId);
    PactumTestServer.copyTree(PactumTestServer.EXAMPLES.resolve(folder), copy);
    try (var files = Files.list(copy)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".contract.yaml")).toList()) {
        edit(f, "id: " + fromId, "id: " + toId);
      }
    }
    return copy;
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  private static void breakOrders(Path folder) throws Exception {
    edit(
        folder.resolve("order_placed.avsc"),
        "\"name\": \"loaded_at\"",
        "\"name\": \"sales_channel\", \"type\": \"string\"}, {\"name\": \"loaded_at\"");
    edit(folder.resolve("order_placed.contract.yaml"), "  - unique: [order_id]\n", "");
  }

  @Test
  void publishThenCheckABreakingChangeLocatedInTheLocalFiles() throws Exception {
    Path orders = example("orders", "orders.order_placed", "cli.orders");
    Path contract = orders.resolve("order_placed.contract.yaml");

    assertThat(pactum("contract", "publish", orders.toString(), "--registry", url))
        .as(out + "\n" + err)
        .isZero();
    assertThat(out.toString()).contains("published as version 1");

    assertThat(pactum("contract", "publish", orders.toString(), "--registry", url)).isZero();
    assertThat(out.toString()).contains("unchanged, version 1");

    assertThat(pactum("contract", "check", orders.toString(), "--registry", url + "/")).isZero();

    breakOrders(orders);
    out.getBuffer().setLength(0);
    int code = pactum("contract", "check", orders.toString(), "--registry", url);

    assertThat(code).as(out + "\n" + err).isEqualTo(1);
    assertThat(out.toString())
        .contains(contract + ":12:9: error: breaks backward (BACKWARD_TRANSITIVE")
        .contains("[READER_FIELD_MISSING_DEFAULT_VALUE]")
        .contains("[CHECK_REMOVED]")
        .contains("fix: ")
        .contains("FAIL cli.orders");

    // JSON: the same findings with the local path, field path and rule
    out.getBuffer().setLength(0);
    assertThat(
            pactum("contract", "check", orders.toString(), "--registry", url, "--format", "json"))
        .isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.toString())
        .contains(contract.toString())
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
        .contains("sales_channel");

    // publishing the breaking schema is refused: exit 1, nothing registered
    out.getBuffer().setLength(0);
    assertThat(pactum("contract", "publish", orders.toString(), "--registry", url)).isEqualTo(1);
    assertThat(out.toString()).contains("refused").contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(registry("/subjects/cli.orders/versions"))
        .as("the refused schema is not registered")
        .isEqualTo("[1]");
    assertThat(registry("/subjects/cli.orders/versions/latest")).doesNotContain("sales_channel");
  }

  /** The body of a 200 answer of the server's Confluent-compatible registry API. */
  private static String registry(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  private String reset() {
    String text = out.toString() + err;
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return text;
  }

  @Test
  void strictMakesAWarningFailTheRegistryCheckAndPublish() throws Exception {
    Path orders = example("orders", "orders.order_placed", "cli.strict");
    // a clean contract passes the strict check and is published
    assertThat(pactum("contract", "publish", orders.toString(), "--registry", url, "--strict"))
        .as(out + "\n" + err)
        .isZero();
    assertThat(reset()).contains("published as version 1");
    // a change the differ rates WARNING and nothing else: the owner's Slack channel
    edit(
        orders.resolve("order_placed.contract.yaml"),
        "slack: \"#checkout-data\"",
        "slack: \"#checkout-orders\"");

    int lenient = pactum("contract", "check", orders.toString(), "--registry", url);
    String lenientOut = reset();
    int strict = pactum("contract", "check", orders.toString(), "--registry", url, "--strict");
    String strictOut = reset();

    assertThat(lenient).as(lenientOut).isZero();
    assertThat(lenientOut).contains("0 errors, 1 warning");
    assertThat(strict).as(strictOut).isEqualTo(1);
    assertThat(strictOut).contains("0 errors, 1 warning");

    int strictPublish =
        pactum("contract", "publish", orders.toString(), "--registry", url, "--strict");
    String publishOut = reset();
    // --strict checks first and holds the publication back: exit 1 for the warning, and the
    // server stored nothing
    assertThat(strictPublish).as(publishOut).isEqualTo(1);
    assertThat(publishOut)
        .contains("not published (--strict")
        .contains("0 errors, 1 warning")
        .doesNotContain("published as version");
    assertThat(versionsOf("cli.strict")).as("no catalog version 2").containsExactly(1);
    assertThat(registry("/subjects/cli.strict/versions")).isEqualTo("[1]");

    // without --strict the warning is published, and the command passes
    assertThat(pactum("contract", "publish", orders.toString(), "--registry", url))
        .as(out + "\n" + err)
        .isZero();
    assertThat(reset()).contains("published as version 2").contains("0 errors, 1 warning");
    assertThat(versionsOf("cli.strict")).containsExactly(1, 2);
  }

  /** The catalog's version numbers of a contract, from the contract API. */
  private static List<Integer> versionsOf(String id) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/contracts/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<Integer> versions = new ArrayList<>();
    new ObjectMapper()
        .readTree(r.body())
        .get("versions")
        .forEach(v -> versions.add(v.get("version_no").asInt()));
    return versions;
  }

  @Test
  void protobufContractsPublishWithTheirImports() throws Exception {
    Path payments = example("payments", "payments.payment", "cli.payments");

    assertThat(pactum("contract", "publish", payments.toString(), "--registry", url))
        .as(out + "\n" + err)
        .isZero();
    assertThat(pactum("contract", "check", payments.toString(), "--registry", url))
        .as(out + "\n" + err)
        .isZero();
  }

  @Test
  void aContractThatDoesNotLintIsReportedWithoutTheServer() throws Exception {
    Path orders = example("orders", "orders.order_placed", "cli.lint");
    edit(orders.resolve("order_placed.contract.yaml"), "[order_id]", "[order_idd]");

    assertThat(pactum("contract", "check", orders.toString(), "--registry", url)).isEqualTo(1);
    assertThat(out.toString()).contains("unknown-column");
  }

  @Test
  void anUnreachableRegistryIsExit2() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path orders = example("orders", "orders.order_placed", "cli.unreachable");

    int check =
        pactum("contract", "check", orders.toString(), "--registry", "http://localhost:" + port);
    int publish =
        pactum("contract", "publish", orders.toString(), "--registry", "http://localhost:" + port);

    assertThat(check).isEqualTo(2);
    assertThat(publish).isEqualTo(2);
    assertThat(err.toString()).contains("cannot reach the registry at http://localhost:" + port);
  }

  @Test
  void exactlyOneBaselineIsRequired() throws Exception {
    Path orders = example("orders", "orders.order_placed", "cli.usage");

    assertThat(pactum("contract", "check", orders.toString())).isEqualTo(2);
    assertThat(
            pactum("contract", "check", orders.toString(), "--against", "HEAD", "--registry", url))
        .isEqualTo(2);
    assertThat(pactum("contract", "publish", orders.toString())).isEqualTo(2);
    assertThat(pactum("contract", "check", orders.toString(), "--registry", "ftp://x"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--registry");
  }
}
