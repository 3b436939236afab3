package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ContractLintCommandTest {
  private static final Path EXAMPLES = Path.of("../contracts/examples");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int pactum(String... args) {
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void theExamplesLintClean() {
    int code = pactum("contract", "lint", EXAMPLES.toString());

    assertThat(code).as(out + "\n" + err).isEqualTo(0);
    assertThat(out.toString())
        .contains("contract lint: 0 errors, 0 warnings, 0 notes in 3 contracts");
  }

  @Test
  void aContractWithThreeMistakesPrintsAllThreeWithFileLineAndColumn(@TempDir Path dir)
      throws Exception {
    Files.copy(EXAMPLES.resolve("orders/order_placed.avsc"), dir.resolve("order_placed.avsc"));
    Path contract = dir.resolve("bad.contract.yaml");
    Files.writeString(
        contract,
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: orders.bad
        version: 1.0.0
        owner: {team: checkout}
        schema:
          format: avro
          file: order_placed.avsc
          compatibility: SIDEWAYS
        dataset: {datasource: warehouse, table: public.orders}
        checks:
          - freshness: {column: placed_at, max_age: 2 hours}
          - regex: {column: email, pattern: '^[a-z+$'}
        """);

    int code = pactum("contract", "lint", contract.toString());

    String[] lines =
        out.toString()
            .lines()
            .filter(l -> l.startsWith(contract.toString()))
            .toArray(String[]::new);
    assertThat(code).isEqualTo(1);
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith(contract + ":9:").contains("SIDEWAYS");
    assertThat(lines[1]).startsWith(contract + ":12:").contains("2 hours");
    assertThat(lines[2]).startsWith(contract + ":13:").containsIgnoringCase("regex");
    assertThat(out.toString()).contains("3 errors");
  }

  @Test
  void jsonOutputListsProblemsWithPositions(@TempDir Path dir) throws Exception {
    Path contract = dir.resolve("x.contract.yaml");
    Files.writeString(contract, "apiVersion: pactum/v1\nkind: DataContract\nid: x\nchekcs: []\n");

    int code = pactum("contract", "lint", "--format", "json", contract.toString());

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(code).isEqualTo(1);
    assertThat(json.get("errors").asInt()).isPositive();
    assertThat(json.get("contracts").get(0).get("findings"))
        .anySatisfy(
            p -> {
              assertThat(p.get("line").asInt()).isEqualTo(4);
              assertThat(p.get("column").asInt()).isEqualTo(1);
              assertThat(p.get("message").asText()).contains("chekcs").contains("checks");
            });
  }

  @Test
  void aMissingPathIsAnInputError(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");

    assertThat(pactum("contract", "lint", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nowhere");
  }

  @Test
  void badUsageIsExitCodeTwo() {
    assertThat(pactum("contract", "lint")).isEqualTo(2);
    assertThat(pactum("contract", "lint", "--format", "xml", EXAMPLES.toString())).isEqualTo(2);
    assertThat(pactum("no-such-command")).isEqualTo(2);
  }
}
