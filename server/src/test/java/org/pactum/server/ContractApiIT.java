package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumConfiguration;

/**
 * The contract API end to end: the whole server on an embedded PostgreSQL, publishing, reading,
 * diffing and dry-running contracts, and the schema landing in its registry subject.
 */
class ContractApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ORDERS = PactumTestServer.EXAMPLES.resolve("orders");
  private static final Path PAYMENTS = PactumTestServer.EXAMPLES.resolve("payments");
  private static final String BREAKING_FIELD =
      "\"name\": \"sales_channel\", \"type\": \"string\"}, {\"name\": \"loaded_at\"";
  private static final String COMPATIBLE_FIELD =
      "\"name\": \"sales_channel\", \"type\": [\"null\", \"string\"], \"default\": null},"
          + " {\"name\": \"loaded_at\"";

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path contracts = work.resolve("contracts");
    Files.createDirectories(contracts);
    server = PactumTestServer.create(work.resolve("pg"), contracts);
    server.before();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The orders example as a request, under another id so tests do not share a contract. */
  private static ObjectNode orders(String id) throws Exception {
    String yaml =
        Files.readString(ORDERS.resolve("order_placed.contract.yaml"))
            .replace("id: orders.order_placed", "id: " + id);
    return request(
        yaml,
        "orders/order_placed.contract.yaml",
        Map.of("order_placed.avsc", Files.readString(ORDERS.resolve("order_placed.avsc"))));
  }

  private static ObjectNode request(String yaml, String path, Map<String, String> files) {
    ObjectNode body = JSON.createObjectNode();
    body.put("contract", yaml);
    body.put("path", path);
    ObjectNode f = body.putObject("files");
    new TreeMap<>(files).forEach(f::put);
    return body;
  }

  private static void edit(ObjectNode body, String file, String from, String to) {
    String text =
        file == null ? body.get("contract").asText() : body.get("files").get(file).asText();
    assertThat(text).contains(from);
    if (file == null) {
      body.put("contract", text.replace(from, to));
    } else {
      ((ObjectNode) body.get("files")).put(file, text.replace(from, to));
    }
  }

  private record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  private static Reply send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.getLocalPort() + path));
    b =
        body == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    return new Reply(r.statusCode(), json, r);
  }

  private static Reply post(String path, JsonNode body) throws Exception {
    return send("POST", path, JSON.writeValueAsString(body));
  }

  private static Reply get(String path) throws Exception {
    return send("GET", path, null);
  }

  private static List<String> rules(JsonNode findings) {
    List<String> rules = new ArrayList<>();
    findings.forEach(f -> rules.add(f.get("severity").asText() + ":" + f.get("rule").asText()));
    return rules;
  }

  private static JsonNode finding(JsonNode findings, String rule) {
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + rule + " in " + findings);
  }

  // ---------------------------------------------------------------- publish

  @Test
  void publishesVersionsRegistersTheSchemaAndStoresTheSemanticDiff() throws Exception {
    ObjectNode v1 = orders("api.orders");
    Reply first = post("/api/v1/contracts", v1);
    assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
    assertThat(first.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/contracts/api.orders/versions/1"));
    assertThat(first.body().get("version_no").asInt()).isEqualTo(1);
    assertThat(first.body().get("created").asBoolean()).isTrue();
    assertThat(first.body().get("schema").get("subject").asText()).isEqualTo("api.orders");
    int schemaId = first.body().get("schema").get("id").asInt();

    // the schema is in the Confluent registry, under the contract's mode
    Reply subject = get("/subjects/api.orders/versions/1");
    assertThat(subject.body().get("id").asInt()).isEqualTo(schemaId);
    assertThat(get("/config/api.orders").body().get("compatibilityLevel").asText())
        .isEqualTo("BACKWARD_TRANSITIVE");

    // v2: a compatible field, a removed check (a semantic ERROR, which does not block publishing)
    ObjectNode v2 = orders("api.orders");
    edit(v2, "order_placed.avsc", "\"name\": \"loaded_at\"", COMPATIBLE_FIELD);
    edit(v2, null, "  - unique: [order_id]\n", "");
    edit(v2, null, "version: 3.1.0", "version: 3.2.0");
    Reply second = post("/api/v1/contracts", v2);
    assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
    assertThat(second.body().get("version_no").asInt()).isEqualTo(2);
    assertThat(second.body().get("schema").get("version").asInt()).isEqualTo(2);
    JsonNode removed = finding(second.body().get("findings"), "CHECK_REMOVED");
    assertThat(removed.get("severity").asText()).isEqualTo("ERROR");
    assertThat(removed.get("file").asText()).isEqualTo("order_placed.contract.yaml");
    assertThat(removed.get("line").asInt()).isGreaterThan(1);
    assertThat(removed.get("path").asText()).isEqualTo("unique(order_id)");
    assertThat(removed.get("fix").asText()).isNotBlank();

    // identical content: no new version, the stored findings come back
    Reply again = post("/api/v1/contracts", v2);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("version_no").asInt()).isEqualTo(2);
    assertThat(again.body().get("created").asBoolean()).isFalse();
    assertThat(rules(again.body().get("findings"))).contains("ERROR:CHECK_REMOVED");

    // reading back
    Reply version2 = get("/api/v1/contracts/api.orders/versions/2");
    assertThat(version2.status()).isEqualTo(200);
    assertThat(version2.body().get("semver").asText()).isEqualTo("3.2.0");
    assertThat(version2.body().get("contract").asText()).doesNotContain("unique: [order_id]");
    assertThat(version2.body().get("files").get("order_placed.avsc").asText())
        .contains("sales_channel");
    assertThat(version2.body().get("schema").get("file").asText()).isEqualTo("order_placed.avsc");
    assertThat(rules(version2.body().get("findings"))).contains("ERROR:CHECK_REMOVED");
    assertThat(get("/api/v1/contracts/api.orders/versions/latest").body().get("version_no").asInt())
        .isEqualTo(2);

    Reply contract = get("/api/v1/contracts/api.orders");
    assertThat(contract.body().get("latest").get("version_no").asInt()).isEqualTo(2);
    assertThat(contract.body().get("latest").get("owner").get("team").asText())
        .isEqualTo("checkout");
    assertThat(contract.body().get("versions")).hasSize(2);

    Reply list = get("/api/v1/contracts");
    assertThat(list.status()).isEqualTo(200);
    JsonNode mine = null;
    assertThat(list.body().has("next")).isTrue();
    for (JsonNode c : list.body().get("contracts")) {
      if (c.get("id").asText().equals("api.orders")) {
        mine = c;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("version_no").asInt()).isEqualTo(2);
    assertThat(mine.get("schema").get("subject").asText()).isEqualTo("api.orders");
    assertThat(mine.get("published_at").asText()).isNotBlank();

    // the diff between the stored versions
    Reply diff = get("/api/v1/contracts/api.orders/diff?from=1&to=2");
    assertThat(diff.status()).as(diff.body().toString()).isEqualTo(200);
    assertThat(diff.body().get("breaking").asBoolean()).isTrue();
    assertThat(rules(diff.body().get("findings"))).contains("ERROR:CHECK_REMOVED");
    Reply reverse = get("/api/v1/contracts/api.orders/diff?from=2&to=1");
    assertThat(reverse.status()).isEqualTo(200);
    assertThat(rules(reverse.body().get("findings"))).doesNotContain("ERROR:CHECK_REMOVED");
  }

  @Test
  void anIncompatibleSchemaIsRefusedWith409AndNothingIsStored() throws Exception {
    assertThat(post("/api/v1/contracts", orders("api.refused")).status()).isEqualTo(201);
    ObjectNode breaking = orders("api.refused");
    edit(breaking, "order_placed.avsc", "\"name\": \"loaded_at\"", BREAKING_FIELD);
    edit(breaking, null, "version: 3.1.0", "version: 3.2.0");

    Reply refused = post("/api/v1/contracts", breaking);

    assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
    assertThat(refused.body().get("error_code").asInt()).isEqualTo(40901);
    assertThat(refused.body().get("message").asText()).contains("incompatible");
    JsonNode f = finding(refused.body().get("findings"), "READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(f.get("severity").asText()).isEqualTo("ERROR");
    assertThat(f.get("file").asText()).isEqualTo("order_placed.contract.yaml");
    assertThat(f.get("line").asInt()).isEqualTo(12); // schema.file
    assertThat(f.get("path").asText()).contains("sales_channel");
    assertThat(f.get("message").asText()).contains("BACKWARD_TRANSITIVE");
    assertThat(f.get("fix").asText()).isNotBlank();

    assertThat(get("/api/v1/contracts/api.refused").body().get("versions")).hasSize(1);
    assertThat(get("/subjects/api.refused/versions").body()).hasSize(1);
  }

  @Test
  void protobufImportsAreRegisteredAsReferencedSubjects() throws Exception {
    ObjectNode body =
        request(
            Files.readString(PAYMENTS.resolve("payment.contract.yaml"))
                .replace("id: payments.payment", "id: api.payments"),
            "payments/payment.contract.yaml",
            Map.of(
                "payment.proto", Files.readString(PAYMENTS.resolve("payment.proto")),
                "common/money.proto", Files.readString(PAYMENTS.resolve("common/money.proto"))));

    Reply published = post("/api/v1/contracts", body);

    assertThat(published.status()).as(published.body().toString()).isEqualTo(201);
    JsonNode latest = get("/subjects/api.payments/versions/latest").body();
    assertThat(latest.get("schemaType").asText()).isEqualTo("PROTOBUF");
    assertThat(latest.get("references").get(0).get("subject").asText())
        .isEqualTo("common/money.proto");
    Reply version = get("/api/v1/contracts/api.payments/versions/1");
    assertThat(version.body().get("files").has("common/money.proto")).isTrue();
    // a stored Protobuf version loads again, imports included: a diff with itself is clean
    Reply diff = get("/api/v1/contracts/api.payments/diff?from=1&to=1");
    assertThat(diff.status()).as(diff.body().toString()).isEqualTo(200);
    assertThat(diff.body().get("breaking").asBoolean()).isFalse();
  }

  // ---------------------------------------------------------------- dry run

  @Test
  void checkIsADryRunReturningBothKindsOfFindings() throws Exception {
    assertThat(post("/api/v1/contracts", orders("api.checked")).status()).isEqualTo(201);
    ObjectNode next = orders("api.checked");
    edit(next, "order_placed.avsc", "\"name\": \"loaded_at\"", BREAKING_FIELD);
    edit(next, null, "  - unique: [order_id]\n", "");

    Reply checked = post("/api/v1/contracts/api.checked/check", next);

    assertThat(checked.status()).as(checked.body().toString()).isEqualTo(200);
    assertThat(checked.body().get("breaking").asBoolean()).isTrue();
    assertThat(checked.body().get("compared_with").asText())
        .contains("registry subject api.checked v1")
        .contains("catalog v1");
    assertThat(rules(checked.body().get("findings")))
        .contains("ERROR:READER_FIELD_MISSING_DEFAULT_VALUE", "ERROR:CHECK_REMOVED");
    assertThat(get("/api/v1/contracts/api.checked").body().get("versions")).hasSize(1);
    assertThat(get("/subjects/api.checked/versions").body()).hasSize(1);

    Reply clean = post("/api/v1/contracts/api.checked/check", orders("api.checked"));
    assertThat(clean.body().get("breaking").asBoolean()).isFalse();

    Reply fresh = post("/api/v1/contracts/api.never/check", orders("api.never"));
    assertThat(rules(fresh.body().get("findings"))).contains("INFO:NEW_CONTRACT");

    Reply mismatch = post("/api/v1/contracts/api.other/check", orders("api.checked"));
    assertThat(mismatch.status()).isEqualTo(422);
    assertThat(mismatch.body().get("error_code").asInt()).isEqualTo(42203);
  }

  // ---------------------------------------------------------------- errors

  @Test
  void aContractThatDoesNotLintIs422WithItsProblems() throws Exception {
    ObjectNode bad = orders("api.bad");
    edit(bad, null, "  - unique: [order_id]\n", "  - unique: [order_idd]\n");

    Reply r = post("/api/v1/contracts", bad);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body().get("error_code").asInt()).isEqualTo(42201);
    JsonNode p = r.body().get("problems").get(0);
    assertThat(p.get("file").asText()).isEqualTo("order_placed.contract.yaml");
    assertThat(p.get("line").asInt()).isEqualTo(22);
    assertThat(p.get("column").asInt()).isGreaterThan(1);
    assertThat(p.get("rule").asText()).isEqualTo("unknown-column");
    assertThat(p.get("message").asText()).contains("order_idd");
    assertThat(get("/api/v1/contracts/api.bad").status()).isEqualTo(404);
  }

  @Test
  void badRequestsGetPactumErrorCodes() throws Exception {
    ObjectNode escaping = orders("api.escape");
    ((ObjectNode) escaping.get("files")).put("../../etc/passwd", "x");
    assertError(post("/api/v1/contracts", escaping), 422, 42202, "'..'");

    ObjectNode absolute = orders("api.escape");
    ((ObjectNode) absolute.get("files")).put("/etc/passwd", "x");
    assertError(post("/api/v1/contracts", absolute), 422, 42202, "absolute");

    ObjectNode noSchema = orders("api.noschema");
    ((ObjectNode) noSchema.get("files")).remove("order_placed.avsc");
    Reply missing = post("/api/v1/contracts", noSchema);
    assertError(missing, 422, 42201, "");
    assertThat(rules(missing.body().get("problems"))).contains("ERROR:schema-file-missing");

    assertError(send("POST", "/api/v1/contracts", "{not json"), 400, 40001, "JSON");
    assertError(send("POST", "/api/v1/contracts", ""), 400, 40001, "empty");
    assertError(post("/api/v1/contracts", JSON.createObjectNode()), 422, 42202, "contract");

    assertError(get("/api/v1/contracts/no.such"), 404, 40401, "no.such");
    assertThat(post("/api/v1/contracts", orders("api.read")).status()).isEqualTo(201);
    assertError(get("/api/v1/contracts/api.read/versions/7"), 404, 40402, "version 7");
    assertError(get("/api/v1/contracts/no.such/versions/1"), 404, 40401, "no.such");
    assertError(get("/api/v1/contracts/api.read/versions/abc"), 422, 42203, "abc");
    assertError(get("/api/v1/contracts/api.read/versions/0"), 422, 42203, "0");
    assertError(get("/api/v1/contracts/api.read/diff?to=1"), 422, 42203, "from");
    assertError(get("/api/v1/contracts/api.read/diff?from=1&to=9"), 404, 40402, "9");
    assertError(
        send("DELETE", "/api/v1/contracts/api.read?permanent=yes", null),
        400,
        40091,
        "query parameter 'permanent' must be true or false, got 'yes'");
    assertThat(get("/api/v1/contracts/api.read").body().get("status").asText())
        .isNotEqualTo("retired");
  }

  // ---------------------------------------------------------------- the sandbox

  /** A Protobuf contract whose payment.proto imports {@code importPath}. */
  private static ObjectNode importing(String id, String importPath) throws Exception {
    return request(
        Files.readString(PAYMENTS.resolve("payment.contract.yaml"))
            .replace("id: payments.payment", "id: " + id),
        "payments/payment.contract.yaml",
        Map.of(
            "payment.proto",
            Files.readString(PAYMENTS.resolve("payment.proto"))
                .replace("import \"common/money.proto\";", "import \"" + importPath + "\";"),
            "common/money.proto",
            Files.readString(PAYMENTS.resolve("common/money.proto"))));
  }

  /**
   * The reply neither names the server's temporary folder nor /etc, nor quotes /etc/passwd; it is a
   * 422 with the problem at the contract's {@code schema.file}.
   */
  private static void assertRefusedInSandbox(Reply r, String rule) {
    assertThat(r.status()).as(r.body().toString()).isEqualTo(422);
    assertThat(r.body().get("error_code").asInt()).isEqualTo(42201);
    String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
    assertThat(r.raw().body())
        .doesNotContain(tmp + "/")
        .doesNotContain("pactum-contract")
        .doesNotContain("/etc")
        .doesNotContain("root:")
        .doesNotContain("unexpected label");
    JsonNode p = finding(r.body().get("problems"), rule);
    assertThat(p.get("severity").asText()).isEqualTo("ERROR");
    assertThat(p.get("file").asText()).endsWith(".contract.yaml");
    assertThat(p.get("line").asInt()).isGreaterThan(1);
  }

  @Test
  void aSchemaFileOutsideTheSubmissionIsRefusedOnPublishAndCheck() throws Exception {
    for (String file : List.of("/etc/passwd", "../../../../../../etc/passwd")) {
      ObjectNode body = orders("api.sandbox");
      edit(body, null, "file: order_placed.avsc", "file: " + file);

      assertRefusedInSandbox(post("/api/v1/contracts", body), "schema-file-outside");
      assertRefusedInSandbox(
          post("/api/v1/contracts/api.sandbox/check", body), "schema-file-outside");
    }
    assertThat(get("/api/v1/contracts/api.sandbox").status()).isEqualTo(404);
    assertThat(get("/subjects/api.sandbox/versions").status()).isEqualTo(404);
  }

  @Test
  void aProtoImportOutsideTheSubmissionIsRefusedWithoutReadingIt() throws Exception {
    for (String importPath :
        List.of("/etc/passwd", "../../../../../../etc/passwd", "common/../../secret.proto")) {
      assertRefusedInSandbox(
          post("/api/v1/contracts", importing("api.sandbox.proto", importPath)),
          "proto-import-outside");
      assertRefusedInSandbox(
          post(
              "/api/v1/contracts/api.sandbox.proto/check",
              importing("api.sandbox.proto", importPath)),
          "proto-import-outside");
    }
    assertThat(get("/subjects/api.sandbox.proto/versions").status()).isEqualTo(404);
  }

  @Test
  void problemsNameFilesRelativeToTheSubmission() throws Exception {
    Reply missingImport = post("/api/v1/contracts", importing("api.relative", "common/mony.proto"));
    assertThat(missingImport.status()).isEqualTo(422);
    JsonNode p = finding(missingImport.body().get("problems"), "proto-import-missing");
    assertThat(p.get("file").asText()).isEqualTo("payment.proto");
    assertThat(p.get("message").asText()).contains("relative to the contract's folder");

    ObjectNode noSchema = orders("api.relative");
    ((ObjectNode) noSchema.get("files")).remove("order_placed.avsc");
    Reply missing = post("/api/v1/contracts", noSchema);
    assertThat(
            finding(missing.body().get("problems"), "schema-file-missing").get("message").asText())
        .isEqualTo(
            "schema file 'order_placed.avsc' not found (paths are relative to the contract's"
                + " folder)");
    String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
    for (Reply r : List.of(missingImport, missing)) {
      assertThat(r.raw().body()).doesNotContain(tmp + "/").doesNotContain("pactum-contract");
    }
  }

  @Test
  void aNulCharacterIs422NamingTheFileAndLeavesNoSubjectBehind() throws Exception {
    ObjectNode nul = orders("api.nul");
    edit(nul, null, "description: ", "description: \0");

    Reply r = post("/api/v1/contracts", nul);

    assertError(r, 422, 42202, "the contract (order_placed.contract.yaml) has a NUL character");
    assertThat(r.body().get("message").asText()).containsPattern("at line \\d+;");
    ObjectNode lone = orders("api.nul");
    edit(
        lone,
        "order_placed.avsc",
        "\"name\": \"loaded_at\"",
        "\"name\": \"loaded_at" + (char) 0xD800 + "\"");
    String escaped = // JSON's own escape: a lone surrogate has no UTF-8 form to send raw
        JSON.writeValueAsString(lone).replace(String.valueOf((char) 0xD800), "\\ud800");
    assertError(
        send("POST", "/api/v1/contracts", escaped),
        422,
        42202,
        "file 'order_placed.avsc' has a lone UTF-16 surrogate (U+D800) at line");
    assertThat(get("/subjects/api.nul/versions").status()).isEqualTo(404);
    assertThat(get("/config/api.nul").status()).isEqualTo(404);
    assertThat(get("/api/v1/contracts/api.nul").status()).isEqualTo(404);
  }

  private static void assertError(Reply r, int status, int code, String text) {
    assertThat(r.status()).as(r.body().toString()).isEqualTo(status);
    assertThat(r.raw().headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(r.body().get("error_code").asInt()).isEqualTo(code);
    assertThat(r.body().get("message").asText()).contains(text).doesNotContain("Exception");
  }

  @Test
  void theContractListPagesByIdWithLimitAndNext() throws Exception {
    for (String id : List.of("page.e", "page.a", "page.d", "page.c", "page.b")) {
      assertThat(post("/api/v1/contracts", orders(id)).status()).isEqualTo(201);
    }
    List<String> whole = new java.util.ArrayList<>();
    Reply all = get("/api/v1/contracts?limit=500");
    assertThat(all.body().get("next").isNull()).isTrue();
    all.body().get("contracts").forEach(c -> whole.add(c.get("id").asText()));
    assertThat(whole).isSorted().contains("page.a", "page.b", "page.c", "page.d", "page.e");

    List<String> paged = new java.util.ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      Reply page = get("/api/v1/contracts?limit=2" + (next == null ? "" : "&next=" + next));
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body().get("contracts").size()).isLessThanOrEqualTo(2);
      page.body().get("contracts").forEach(c -> paged.add(c.get("id").asText()));
      next = page.body().get("next").isNull() ? null : page.body().get("next").asText();
      pages++;
    } while (next != null && pages < 1000);
    assertThat(paged).isEqualTo(whole);
    assertThat(pages).isGreaterThan(2);

    String cursor = get("/api/v1/contracts?limit=1").body().get("next").asText();
    assertError(get("/api/v1/contracts?next=" + cursor + "AAAA"), 400, 40091, "next:");
    assertError(get("/api/v1/contracts?next=%7B%7D"), 400, 40091, "next:");
    for (String limit : List.of("0", "-1", "501", "lots")) {
      assertError(
          get("/api/v1/contracts?limit=" + limit),
          400,
          40091,
          "limit: must be a whole number from 1 to 500");
    }
  }
}
