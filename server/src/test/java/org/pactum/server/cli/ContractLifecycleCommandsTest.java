package org.pactum.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code pactum contract status|retire} against a local HTTP server that answers like the contract
 * API's lifecycle endpoints: what is printed, what is sent, and the exit codes.
 */
class ContractLifecycleCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private FakeContractApi api;
  private String url;

  @BeforeEach
  void start() throws IOException {
    api = new FakeContractApi();
    url = "http://127.0.0.1:" + api.port();
    api.put("payments.payment", "active", "folder", "/srv/contracts/payment.contract.yaml", 3, 12);
    api.put("orders.order_placed", "active", "api", null, 2, 5);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private int pactum(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void statusPrintsOneAlignedBlock() {
    assertThat(pactum("contract", "status", "payments.payment", "--registry", url))
        .as(err.toString())
        .isZero();

    assertThat(out.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "contract      payments.payment",
                "status        active",
                "version       3 (1.3.0)",
                "managed by    folder /srv/contracts/payment.contract.yaml",
                "published at  2026-12-07T10:00:00Z",
                "history       " + url + "/ui/contracts/payments.payment",
                ""));
    assertThat(api.requests()).containsExactly("GET /api/v1/contracts/payments.payment/status");
  }

  @Test
  void statusAsJsonIsTheServersAnswer() throws Exception {
    assertThat(
            pactum(
                "contract",
                "status",
                "orders.order_placed",
                "--registry",
                url + "/",
                "--format",
                "json"))
        .isZero();

    assertThat(JSON.readTree(out.toString())).isEqualTo(api.status("orders.order_placed"));
    assertThat(out.toString()).contains("\n  \"status\" : \"active\"");
  }

  @Test
  void anUnknownContractIsExit2WithTheServersMessage() {
    assertThat(pactum("contract", "status", "no.such", "--registry", url)).isEqualTo(2);
    assertThat(err.toString()).contains("pactum: contract 'no.such' not found (HTTP 404)");
    assertThat(out.toString()).isEmpty();

    assertThat(pactum("contract", "retire", "no.such", "--registry", url)).isEqualTo(2);
    assertThat(err.toString()).contains("contract 'no.such' not found (HTTP 404)");
    assertThat(api.requests()).noneMatch(r -> r.startsWith("DELETE"));
  }

  @Test
  void retireSaysWhatItWasAndWhereItsHistoryStays() {
    assertThat(pactum("contract", "retire", "orders.order_placed", "--registry", url))
        .as(err.toString())
        .isZero();

    assertThat(out.toString())
        .isEqualTo(
            "retired orders.order_placed (was active, 2 versions kept); its schedules stop, its"
                + " history stays at "
                + url
                + "/ui/contracts/orders.order_placed"
                + System.lineSeparator());
    assertThat(api.requests())
        .containsExactly(
            "GET /api/v1/contracts/orders.order_placed/status",
            "DELETE /api/v1/contracts/orders.order_placed");

    assertThat(pactum("contract", "status", "orders.order_placed", "--registry", url)).isZero();
    assertThat(out.toString())
        .contains("status        retired")
        .contains("retired at    2026-12-08T09:00:00Z");

    // idempotent
    assertThat(pactum("contract", "retire", "orders.order_placed", "--registry", url)).isZero();
    assertThat(out.toString())
        .startsWith(
            "orders.order_placed was already retired (since 2026-12-08T09:00:00Z); nothing"
                + " changed");
  }

  @Test
  void retireAsJsonPrintsTheServersAnswerOnly() throws Exception {
    assertThat(
            pactum(
                "contract", "retire", "orders.order_placed", "--registry", url, "--format", "JSON"))
        .isZero();

    JsonNode answer = JSON.readTree(out.toString());
    assertThat(answer.path("status").asText()).isEqualTo("retired");
    assertThat(answer.path("latest_version").asInt()).isEqualTo(2);
    assertThat(api.requests()).containsExactly("DELETE /api/v1/contracts/orders.order_placed");
  }

  @Test
  void aFolderManagedContractIsRefusedWithExit1AndTheServersMessage() {
    assertThat(pactum("contract", "retire", "payments.payment", "--registry", url)).isEqualTo(1);

    assertThat(err.toString())
        .contains("pactum: the server refused to retire payments.payment:")
        .contains("declared by /srv/contracts/payment.contract.yaml")
        .contains("(HTTP 409)");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void permanentWithoutYesSendsNothingAndSaysWhatWouldBeDropped() {
    assertThat(
            pactum("contract", "retire", "orders.order_placed", "--registry", url, "--permanent"))
        .isEqualTo(2);

    assertThat(err.toString())
        .contains("--permanent deletes orders.order_placed for good")
        .contains("catalog version")
        .contains("quality history")
        .contains(
            "pactum contract retire orders.order_placed --registry " + url + "/ --permanent --yes");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void permanentNeedsARetiredContractThenDropsItsVersionsAndHistory() {
    assertThat(
            pactum(
                "contract",
                "retire",
                "orders.order_placed",
                "--registry",
                url,
                "--permanent",
                "--yes"))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "the server refused to delete orders.order_placed: contract 'orders.order_placed'"
                + " is not retired")
        .contains("retire it first: pactum contract retire orders.order_placed --registry " + url);

    assertThat(pactum("contract", "retire", "orders.order_placed", "--registry", url)).isZero();
    assertThat(
            pactum(
                "contract",
                "retire",
                "orders.order_placed",
                "--registry",
                url,
                "--permanent",
                "--yes"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .isEqualTo(
            "deleted orders.order_placed for good: 2 catalog versions and 5 check runs with their"
                + " results dropped"
                + System.lineSeparator());
    assertThat(api.requests())
        .contains("DELETE /api/v1/contracts/orders.order_placed?permanent=true");

    assertThat(pactum("contract", "status", "orders.order_placed", "--registry", url)).isEqualTo(2);
  }

  @Test
  void anUnreachableServerIsExit2() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String down = "http://127.0.0.1:" + port;

    assertThat(pactum("contract", "status", "x", "--registry", down)).isEqualTo(2);
    assertThat(err.toString()).contains("cannot reach the Pactum server at " + down + "/");
    assertThat(pactum("contract", "retire", "x", "--registry", down)).isEqualTo(2);
    assertThat(pactum("contract", "retire", "x", "--registry", down, "--permanent", "--yes"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot reach");
  }

  @Test
  void badUsageIsExit2() {
    assertThat(pactum("contract", "status", "x")).isEqualTo(2); // no --registry
    assertThat(pactum("contract", "status", "x", "--registry", "ftp://x")).isEqualTo(2);
    assertThat(err.toString()).contains("--registry must be an http(s) URL");
    assertThat(pactum("contract", "retire", "--registry", url)).isEqualTo(2); // no ID
    assertThat(pactum("contract", "status", "x", "--registry", url, "--format", "xml"))
        .isEqualTo(2);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void controlCharactersAndAnsiEscapesFromTheServerArePrintedEscaped() throws Exception {
    String hostile = "no\u001b[31m red\u001b[0m\nFAKE: ok\r\u0007\u009b2J\u202eevil";
    api.next(409, JSON.createObjectNode().put("error_code", 40903).put("message", hostile));
    assertThat(
            pactum(
                "contract", "retire", "orders.order_placed", "--registry", url, "--format", "json"))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("no\\u001b[31m red\\u001b[0m\\u000aFAKE: ok\\u000d\\u0007\\u009b2J\\u202eevil");
    assertSafe(err.toString());

    api.put("bad\u001b[2J.id", hostile, "folder", "/srv/" + hostile, 1, 0);
    assertThat(pactum("contract", "status", "bad\u001b[2J.id", "--registry", url)).isZero();
    assertThat(out.toString()).contains("status        no\\u001b[31m").contains("bad\\u001b[2J.id");
    assertSafe(out.toString());

    assertThat(
            pactum("contract", "status", "bad\u001b[2J.id", "--registry", url, "--format", "json"))
        .isZero();
    assertSafe(out.toString());
    assertThat(JSON.readTree(out.toString()).path("status").asText()).isEqualTo(hostile);

    api.next(404, JSON.createObjectNode().put("error_code", 40401).put("message", hostile));
    assertThat(pactum("contract", "status", "x", "--registry", url)).isEqualTo(2);
    assertSafe(err.toString());
  }

  @Test
  void idsAreSentAsOneEncodedPathSegment() {
    pactum("contract", "status", "a b/c+d?é", "--registry", url);
    pactum("contract", "status", "..", "--registry", url);
    pactum("contract", "retire", ".", "--registry", url, "--format", "json");

    assertThat(api.requests())
        .containsExactly(
            "GET /api/v1/contracts/a%20b%2Fc%2Bd%3F%C3%A9/status",
            "GET /api/v1/contracts/%2E%2E/status", "DELETE /api/v1/contracts/%2E");
  }

  @Test
  void aBasePathIsKeptAndCredentialsInTheUrlAreNeverPrinted() {
    String secret = "http://ci:s3cr3t@127.0.0.1:" + api.port() + "/pactum/?token=t0ken";
    api.put("under.base", "active", "api", null, 1, 0);

    assertThat(pactum("contract", "status", "under.base", "--registry", secret)).isEqualTo(2);
    assertThat(api.requests()).containsExactly("GET /pactum/api/v1/contracts/under.base/status");
    assertThat(err.toString()).doesNotContain("s3cr3t").doesNotContain("t0ken");

    api.close();
    assertThat(pactum("contract", "retire", "x", "--registry", secret)).isEqualTo(2);
    assertThat(pactum("contract", "retire", "x", "--registry", secret, "--permanent")).isEqualTo(2);
    assertThat(pactum("contract", "status", "x", "--registry", "ftp://ci:s3cr3t@x")).isEqualTo(2);
    assertThat(err.toString() + out).doesNotContain("s3cr3t").doesNotContain("t0ken");
  }

  private static void assertSafe(String printed) {
    assertThat(printed.chars().filter(c -> c != '\n' && c != '\r' && CliText.unsafe((char) c)))
        .as("unescaped control characters in %s", printed)
        .isEmpty();
  }

  /** The lifecycle endpoints of the contract API, on a loopback port, with contracts in memory. */
  private static final class FakeContractApi implements AutoCloseable {
    private static final String PREFIX = "/api/v1/contracts/";

    private final HttpServer server;
    private final Map<String, ObjectNode> contracts = new LinkedHashMap<>();
    private final Map<String, Integer> runs = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private int nextStatus;
    private JsonNode nextBody;

    FakeContractApi() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.createContext("/", this::handle);
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    synchronized void put(
        String id, String status, String managedBy, String file, int versions, int runCount) {
      ObjectNode s =
          JSON.createObjectNode()
              .put("id", id)
              .put("status", status)
              .put("latest_version", versions)
              .put("semver", "1." + versions + ".0")
              .put("managed_by", managedBy);
      if (file != null) {
        s.put("file", file);
      }
      s.put("published_at", "2026-12-07T10:00:00Z");
      contracts.put(id, s);
      runs.put(id, runCount);
    }

    synchronized JsonNode status(String id) {
      return contracts.get(id).deepCopy();
    }

    /** The next request is answered with this, whatever it is. */
    synchronized void next(int status, JsonNode body) {
      nextStatus = status;
      nextBody = body;
    }

    synchronized List<String> requests() {
      return List.copyOf(requests);
    }

    @Override
    public void close() {
      server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
      try (ex) {
        String raw = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        int status;
        JsonNode body;
        synchronized (this) {
          requests.add(ex.getRequestMethod() + " " + raw + (query == null ? "" : "?" + query));
          if (nextBody != null) {
            status = nextStatus;
            body = nextBody;
            nextBody = null;
          } else {
            ObjectNode answer = JSON.createObjectNode();
            status = answer(ex.getRequestMethod(), raw, query, answer);
            body = answer;
          }
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(bytes);
        }
      }
    }

    private int answer(String method, String raw, String query, ObjectNode answer) {
      if (!raw.startsWith(PREFIX)) {
        return error(answer, 404, 40400, "HTTP 404 Not Found");
      }
      String rest = raw.substring(PREFIX.length());
      boolean statusPath = rest.endsWith("/status");
      String id =
          URLDecoder.decode(
              (statusPath ? rest.substring(0, rest.length() - "/status".length()) : rest)
                  .replace("+", "%2B"),
              StandardCharsets.UTF_8);
      ObjectNode contract = contracts.get(id);
      if (contract == null) {
        return error(answer, 404, 40401, "contract '" + id + "' not found");
      }
      if (method.equals("GET") && statusPath) {
        answer.setAll(contract);
        return 200;
      }
      if (!method.equals("DELETE") || statusPath) {
        return error(answer, 405, 40500, "HTTP 405 Method Not Allowed");
      }
      if (contract.path("managed_by").asText().equals("folder")) {
        return error(
            answer,
            409,
            40903,
            "contract '"
                + id
                + "' is declared by "
                + contract.path("file").asText()
                + " in the server's contracts folder; change `status:` there instead");
      }
      if ("permanent=true".equals(query)) {
        if (!contract.path("status").asText().equals("retired")) {
          return error(answer, 409, 40904, "contract '" + id + "' is not retired; retire it first");
        }
        contracts.remove(id);
        answer
            .put("id", id)
            .put("deleted_versions", contract.path("latest_version").asInt())
            .put("deleted_runs", runs.remove(id));
        return 200;
      }
      if (!contract.path("status").asText().equals("retired")) {
        contract.put("status", "retired").put("retired_at", "2026-12-08T09:00:00Z");
      }
      answer.setAll(contract);
      return 200;
    }

    private static int error(ObjectNode answer, int status, int code, String message) {
      answer.put("error_code", code).put("message", message);
      return status;
    }
  }
}
