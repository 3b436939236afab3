package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import picocli.CommandLine;

/**
 * {@code pactum contract status|retire --registry URL} against a running server: a contract
 * published through the CLI is retired, then deleted for good; one the server's contracts folder
 * declares is refused.
 */
class ContractLifecycleCommandsIT {
  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static String url;
  private static Path folderContract;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    Path contracts = work.resolve("contracts");
    PactumTestServer.copyTree(PactumTestServer.EXAMPLES.resolve("payments"), contracts);
    folderContract = contracts.resolve("payment.contract.yaml");
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
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** A copy of the orders example whose contract has another id. */
  private Path orders(String id) throws Exception {
    Path copy = dir.resolve(id);
    PactumTestServer.copyTree(PactumTestServer.EXAMPLES.resolve("orders"), copy);
    Path contract = copy.resolve("order_placed.contract.yaml");
    String text = Files.readString(contract);
    assertThat(text).contains("id: orders.order_placed");
    Files.writeString(contract, text.replace("id: orders.order_placed", "id: " + id));
    return copy;
  }

  @Test
  void publishedThenRetiredThenDeletedForGood() throws Exception {
    String id = "cli.lifecycle";
    assertThat(pactum("contract", "publish", orders(id).toString(), "--registry", url))
        .as(out + "\n" + err)
        .isZero();

    assertThat(pactum("contract", "status", id, "--registry", url)).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("contract      " + id)
        .contains("status        active")
        .contains("version       1")
        .contains("managed by    api")
        .contains("history       " + url + "/ui/contracts/" + id)
        .doesNotContain("retired at");

    assertThat(pactum("contract", "status", id, "--registry", url, "--format", "json")).isZero();
    JsonNode status = new ObjectMapper().readTree(out.toString());
    assertThat(status.path("id").asText()).isEqualTo(id);
    assertThat(status.path("status").asText()).isEqualTo("active");
    assertThat(status.path("latest_version").asInt()).isEqualTo(1);
    assertThat(status.path("managed_by").asText()).isEqualTo("api");
    assertThat(status.has("file")).isFalse();

    // not retired yet: a permanent delete is refused
    assertThat(pactum("contract", "retire", id, "--registry", url, "--permanent", "--yes"))
        .as(out + "\n" + err)
        .isEqualTo(1);
    assertThat(err.toString()).contains("(HTTP 409)").contains("retire it first");

    assertThat(pactum("contract", "retire", id, "--registry", url)).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains(
            "retired "
                + id
                + " (was active, 1 version kept); its schedules stop, its history stays at "
                + url
                + "/ui/contracts/"
                + id);

    assertThat(pactum("contract", "status", id, "--registry", url)).isZero();
    assertThat(out.toString()).contains("status        retired").contains("retired at");

    // idempotent
    assertThat(pactum("contract", "retire", id, "--registry", url)).isZero();
    assertThat(out.toString()).contains(id + " was already retired");

    // --permanent wants --yes, and sends nothing without it
    assertThat(pactum("contract", "retire", id, "--registry", url, "--permanent")).isEqualTo(2);
    assertThat(err.toString()).contains("--yes");
    assertThat(pactum("contract", "status", id, "--registry", url)).isZero();

    assertThat(pactum("contract", "retire", id, "--registry", url, "--permanent", "--yes"))
        .as(out + "\n" + err)
        .isZero();
    assertThat(out.toString()).contains("deleted " + id + " for good: 1 catalog version and ");

    assertThat(pactum("contract", "status", id, "--registry", url)).isEqualTo(2);
    assertThat(err.toString()).contains("not found").contains("(HTTP 404)");
    assertThat(pactum("contract", "retire", id, "--registry", url)).isEqualTo(2);
  }

  @Test
  void aContractTheFolderDeclaresIsRefused() {
    assertThat(pactum("contract", "status", "payments.payment", "--registry", url))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("managed by    folder").contains("payment.contract.yaml");

    assertThat(pactum("contract", "retire", "payments.payment", "--registry", url))
        .as(out + "\n" + err)
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("the server refused to retire payments.payment")
        .contains("payment.contract.yaml")
        .contains("(HTTP 409)");

    assertThat(
            pactum(
                "contract",
                "retire",
                "payments.payment",
                "--registry",
                url,
                "--permanent",
                "--yes"))
        .isEqualTo(1);
    assertThat(pactum("contract", "status", "payments.payment", "--registry", url)).isZero();
    assertThat(out.toString()).contains("status        active");
    assertThat(folderContract).exists();
  }

  @Test
  void anUnknownContractIsExit2() {
    assertThat(pactum("contract", "status", "no.such.contract", "--registry", url)).isEqualTo(2);
    assertThat(err.toString()).contains("no.such.contract").contains("(HTTP 404)");
    assertThat(pactum("contract", "retire", "no.such.contract", "--registry", url)).isEqualTo(2);
    assertThat(
            pactum(
                "contract",
                "retire",
                "no.such.contract",
                "--registry",
                url,
                "--permanent",
                "--yes"))
        .isEqualTo(2);
  }
}
