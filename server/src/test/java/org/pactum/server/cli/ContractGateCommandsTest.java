package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

/** {@code pactum contract diff} and {@code pactum contract check --against}: the CI gate. */
class ContractGateCommandsTest {
  private static final Path EXAMPLES =
      Path.of("../contracts/examples").toAbsolutePath().normalize();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path oldOrders;
  private Path newOrders;

  private int pactum(String... args) {
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static void copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  /** A breaking edit of the orders example: a field without default, a check removed. */
  private static void breakOrders(Path folder) throws Exception {
    edit(
        folder.resolve("order_placed.avsc"),
        "\"name\": \"loaded_at\"",
        "\"name\": \"sales_channel\", \"type\": \"string\"}, {\"name\": \"loaded_at\"");
    edit(folder.resolve("order_placed.contract.yaml"), "  - unique: [order_id]\n", "");
  }

  @BeforeEach
  void orders() throws Exception {
    oldOrders = dir.resolve("old");
    newOrders = dir.resolve("new");
    copy(EXAMPLES.resolve("orders"), oldOrders);
    copy(EXAMPLES.resolve("orders"), newOrders);
  }

  @Test
  void diffOfIdenticalContractsPasses() {
    int code =
        pactum(
            "contract",
            "diff",
            oldOrders.resolve("order_placed.contract.yaml").toString(),
            newOrders.resolve("order_placed.contract.yaml").toString());

    assertThat(code).as(out.toString() + err).isZero();
    assertThat(out.toString()).contains("0 errors");
  }

  @Test
  void diffReportsSchemaAndSemanticBreaksWithFileAndLine() throws Exception {
    breakOrders(newOrders);
    Path after = newOrders.resolve("order_placed.contract.yaml");

    int code =
        pactum(
            "contract",
            "diff",
            "--format",
            "json",
            oldOrders.resolve("order_placed.contract.yaml").toString(),
            after.toString());

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(code).isEqualTo(1);
    assertThat(json.get("breaking").asBoolean()).isTrue();
    List<String> rules = new ArrayList<>();
    json.get("contracts").get(0).get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).contains("READER_FIELD_MISSING_DEFAULT_VALUE", "CHECK_REMOVED");
    JsonNode schemaBreak = findRule(json, "READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(schemaBreak.get("file").asText()).isEqualTo(after.toString());
    assertThat(schemaBreak.get("line").asInt()).isEqualTo(lineOf(after, "file: order_placed.avsc"));
    assertThat(schemaBreak.get("path").asText()).isEqualTo("OrderPlaced.sales_channel");
    assertThat(schemaBreak.get("fix").asText()).contains("sales_channel").contains("default");
    JsonNode removed = findRule(json, "CHECK_REMOVED");
    assertThat(removed.get("file").asText())
        .isEqualTo(oldOrders.resolve("order_placed.contract.yaml").toString());
    assertThat(removed.get("line").asInt())
        .isEqualTo(lineOf(oldOrders.resolve("order_placed.contract.yaml"), "- unique: [order_id]"));
  }

  @Test
  void junitOutputIsWellFormedAndFailsTheContractsTestCase() throws Exception {
    breakOrders(newOrders);

    int code =
        pactum(
            "contract",
            "diff",
            "--format",
            "junit",
            oldOrders.resolve("order_placed.contract.yaml").toString(),
            newOrders.resolve("order_placed.contract.yaml").toString());

    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(code).isEqualTo(1);
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(
            xml.getElementsByTagName("testcase")
                .item(0)
                .getAttributes()
                .getNamedItem("classname")
                .getNodeValue())
        .isEqualTo("orders.order_placed");
    assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
        .contains("CHECK_REMOVED");
  }

  @Test
  void githubOutputIsOneAnnotationPerFinding() throws Exception {
    breakOrders(newOrders);
    Path after = newOrders.resolve("order_placed.contract.yaml");

    pactum(
        "contract",
        "diff",
        "--format",
        "github",
        oldOrders.resolve("order_placed.contract.yaml").toString(),
        after.toString());

    assertThat(out.toString().lines())
        .allMatch(
            l ->
                l.startsWith("::error ") || l.startsWith("::warning ") || l.startsWith("::notice "))
        .anyMatch(
            l ->
                l.startsWith("::error file=" + after.toString().replace(":", "%3A") + ",line=")
                    && l.contains("READER_FIELD_MISSING_DEFAULT_VALUE"));
  }

  @Test
  void anOldContractThatDoesNotLoadIsAnInputError() throws Exception {
    Files.writeString(oldOrders.resolve("order_placed.contract.yaml"), "apiVersion: [");

    int code =
        pactum(
            "contract",
            "diff",
            oldOrders.resolve("order_placed.contract.yaml").toString(),
            newOrders.resolve("order_placed.contract.yaml").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("does not load");
  }

  @Test
  void checkAgainstAGitRefFindsBreaksAndTreatsNewContractsAsNew() throws Exception {
    Path repo = dir.resolve("repo");
    copy(EXAMPLES, repo.resolve("contracts"));
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(
        repo,
        "-c",
        "user.email=ci@example.com",
        "-c",
        "user.name=CI",
        "commit",
        "-q",
        "-m",
        "contracts");
    breakOrders(repo.resolve("contracts/orders"));
    copy(EXAMPLES.resolve("customers"), repo.resolve("contracts/customers-eu"));
    edit(
        repo.resolve("contracts/customers-eu/customer.contract.yaml"),
        "id: crm.customer",
        "id: crm.customer_eu");

    int code =
        pactum("contract", "check", repo.resolve("contracts").toString(), "--against", "HEAD");

    String text = out.toString();
    assertThat(code).as(text + err).isEqualTo(1);
    assertThat(text)
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
        .contains("CHECK_REMOVED")
        .contains("FAIL orders.order_placed")
        .contains("ok   crm.customer_eu")
        .contains("NEW_CONTRACT")
        .contains("ok   payments.payment");
  }

  @Test
  void aProtobufBreakPointsIntoTheProtoFile() throws Exception {
    Path repo = dir.resolve("repo");
    copy(EXAMPLES.resolve("payments"), repo.resolve("payments"));
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(
        repo,
        "-c",
        "user.email=ci@example.com",
        "-c",
        "user.name=CI",
        "commit",
        "-q",
        "-m",
        "payments");
    Path proto = repo.resolve("payments/payment.proto");
    edit(proto, "string customer_id = 3;", "int64 customer_id = 3;");

    int code =
        pactum(
            "contract",
            "check",
            repo.resolve("payments").toString(),
            "--against",
            "HEAD",
            "--format",
            "json");

    JsonNode finding =
        findRule(new ObjectMapper().readTree(out.toString()), "FIELD_SCALAR_KIND_CHANGED");
    assertThat(code).isEqualTo(1);
    assertThat(Path.of(finding.get("file").asText()).toRealPath()).isEqualTo(proto.toRealPath());
    assertThat(finding.get("line").asInt()).isEqualTo(lineOf(proto, "int64 customer_id = 3;"));
  }

  @Test
  void anUnknownRefOrAFolderOutsideGitIsAnInputError() throws Exception {
    Path repo = dir.resolve("repo");
    copy(EXAMPLES.resolve("orders"), repo.resolve("orders"));

    assertThat(pactum("contract", "check", repo.toString(), "--against", "HEAD")).isEqualTo(2);
    assertThat(err.toString()).contains("rev-parse");

    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-q", "-m", "x");
    assertThat(pactum("contract", "check", repo.toString(), "--against", "no-such-branch"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown git ref 'no-such-branch'");
  }

  /** A change the differ rates WARNING and nothing else: the Slack channel of the owner. */
  private static void moveSlackChannel(Path folder) throws Exception {
    edit(
        folder.resolve("order_placed.contract.yaml"),
        "slack: \"#checkout-data\"",
        "slack: \"#checkout-orders\"");
  }

  private String reset() {
    String text = out.toString() + err;
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return text;
  }

  @Test
  void strictMakesAWarningFailTheDiff() throws Exception {
    moveSlackChannel(newOrders);
    String before = oldOrders.resolve("order_placed.contract.yaml").toString();
    String after = newOrders.resolve("order_placed.contract.yaml").toString();

    int lenient = pactum("contract", "diff", before, after);
    String lenientOut = reset();
    int strict = pactum("contract", "diff", "--strict", before, after);
    String strictOut = reset();

    assertThat(lenient).as(lenientOut).isZero();
    assertThat(lenientOut).contains("0 errors, 1 warning").contains("#checkout-orders");
    assertThat(strict).as(strictOut).isEqualTo(1);
    assertThat(strictOut).contains("0 errors, 1 warning");
  }

  @Test
  void strictMakesALintWarningFailTheLint() throws Exception {
    // a hard-coded table: a parser WARNING (sql-without-table), not an error
    edit(
        newOrders.resolve("order_placed.contract.yaml"),
        "  - freshness:",
        "  - sql: {name: hard_coded, query: \"select count(*) from public.orders\", max: 0}\n"
            + "  - freshness:");
    String contract = newOrders.resolve("order_placed.contract.yaml").toString();

    int lenient = pactum("contract", "lint", contract);
    String lenientOut = reset();
    int strict = pactum("contract", "lint", "--strict", contract);
    String strictOut = reset();
    int cleanStrict =
        pactum(
            "contract",
            "lint",
            "--strict",
            oldOrders.resolve("order_placed.contract.yaml").toString());
    String cleanOut = reset();

    assertThat(lenient).as(lenientOut).isZero();
    assertThat(lenientOut).contains("sql-without-table").contains("0 errors, 1 warning");
    assertThat(strict).as(strictOut).isEqualTo(1);
    assertThat(strictOut).contains("sql-without-table");
    assertThat(cleanStrict).as("no warning, nothing for --strict to fail: " + cleanOut).isZero();
  }

  @Test
  void strictMakesAWarningFailTheCheckAgainstAGitRef() throws Exception {
    Path repo = dir.resolve("repo");
    copy(EXAMPLES.resolve("orders"), repo.resolve("orders"));
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-q", "-m", "x");
    moveSlackChannel(repo.resolve("orders"));

    int lenient = pactum("contract", "check", repo.toString(), "--against", "HEAD");
    String lenientOut = reset();
    int strict = pactum("contract", "check", repo.toString(), "--against", "HEAD", "--strict");
    String strictOut = reset();

    assertThat(lenient).as(lenientOut).isZero();
    assertThat(lenientOut).contains("0 errors, 1 warning");
    assertThat(strict).as(strictOut).isEqualTo(1);
  }

  private static JsonNode findRule(JsonNode json, String rule) {
    for (JsonNode c : json.get("contracts")) {
      for (JsonNode f : c.get("findings")) {
        if (f.get("rule").asText().equals(rule)) {
          return f;
        }
      }
    }
    throw new AssertionError("no finding " + rule + " in " + json);
  }

  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
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
