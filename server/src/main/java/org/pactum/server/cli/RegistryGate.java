package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.LoadedContract;
import org.pactum.registry.core.contract.ContractFiles;
import org.pactum.registry.core.contract.ContractSubmission;
import org.pactum.registry.core.contract.FindingRecord;
import org.pactum.registry.core.gate.ContractVerdict;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.registry.core.gate.GateFinding;
import org.pactum.server.gate.ContractGate;
import org.pactum.server.gate.GateInputException;

/**
 * The CI gate against a running Pactum: sends each contract with its schema file and Protobuf
 * imports to the contract API ({@code POST /api/v1/contracts/{id}/check} or {@code POST
 * /api/v1/contracts}) and maps the findings back onto the local files. A contract that does not
 * lint locally is reported without asking the server.
 */
final class RegistryGate {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final ServerToken token;
  private final HttpClient http;
  private final ContractLoader loader = new ContractLoader();
  private final ContractGate gate;

  /**
   * @param token sent with every request
   */
  RegistryGate(URI registry, ServerToken token, ContractGate gate) throws GateInputException {
    String s = registry.toString();
    if (registry.getScheme() == null
        || !(registry.getScheme().equals("http") || registry.getScheme().equals("https"))
        || registry.getHost() == null) {
      throw new GateInputException(
          "--registry must be an http(s) URL such as http://localhost:8080, got '" + s + "'", null);
    }
    this.base = URI.create(s.endsWith("/") ? s : s + "/");
    this.token = token;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.gate = gate;
  }

  /** A dry run: the contract against its registered history and latest catalog version. */
  ContractVerdict check(Path file) throws GateInputException {
    return send(file, false);
  }

  /** Publishes the contract; refused contracts come back with the reasons. */
  ContractVerdict publish(Path file) throws GateInputException {
    return send(file, true);
  }

  private ContractVerdict send(Path file, boolean publish) throws GateInputException {
    LoadResult local;
    try {
      local = loader.load(file);
    } catch (IOException e) {
      throw new GateInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (local.contract().isEmpty()) {
      return gate.lint(file); // lint errors: nothing to send
    }
    LoadedContract loaded = local.contract().get();
    String id = loaded.contract().id();
    ContractSubmission submission = ContractFiles.submission(loaded, file.toString());
    String path =
        publish
            ? "api/v1/contracts"
            : "api/v1/contracts/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/check";
    JsonNode reply = post(path, body(submission), file);
    Path folder = folderOf(file);
    int status = reply.get("_status").asInt();
    List<GateFinding> findings = new ArrayList<>();
    if (status == 200 || status == 201) {
      reply.path("findings").forEach(f -> findings.add(finding(f, folder)));
      String against =
          publish
              ? "registry "
                  + base
                  + ": "
                  + (reply.path("created").asBoolean()
                      ? "published as version " + reply.path("version_no").asInt()
                      : "unchanged, version " + reply.path("version_no").asInt())
              : "registry " + base + ": " + reply.path("compared_with").asText();
      return new ContractVerdict(file, id, against, findings);
    }
    int code = reply.path("error_code").asInt();
    String message = reply.path("message").asText("");
    // refusals of the contract itself (exit 1): an incompatible schema, lint errors, an id the
    // server's contracts folder declares, a retired contract
    if (status == 409 && (code == 40901 || code == 40903 || code == 40905)
        || status == 422 && code == 42201) {
      reply.path("findings").forEach(f -> findings.add(finding(f, folder)));
      reply.path("problems").forEach(f -> findings.add(finding(f, folder)));
      if (findings.isEmpty()) {
        String rule =
            switch (code) {
              case 40903 -> "MANAGED_BY_FOLDER";
              case 40905 -> "CONTRACT_RETIRED";
              default -> "REFUSED";
            };
        findings.add(new GateFinding(FindingSeverity.ERROR, rule, file, 1, 1, "", message, ""));
      }
      return new ContractVerdict(
          file, id, "registry " + base + " (refused: " + message + ")", findings);
    }
    throw new GateInputException(
        "the registry at "
            + base
            + " refused "
            + file
            + ": HTTP "
            + status
            + (code != 0 ? ", error_code " + code : "")
            + (message.isEmpty() ? "" : ": " + message)
            + token.hint(status),
        null);
  }

  private static String body(ContractSubmission s) {
    ObjectNode body = JSON.createObjectNode();
    body.put("contract", s.contract());
    body.put("path", s.path());
    ObjectNode files = body.putObject("files");
    s.files().forEach(files::put);
    return body.toString();
  }

  private JsonNode post(String path, String body, Path file) throws GateInputException {
    URI uri = base.resolve(path);
    HttpRequest request =
        token
            .authorize(HttpRequest.newBuilder(uri))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new GateInputException(
          "cannot reach the registry at " + base + " (connection refused); is Pactum running?", e);
    } catch (HttpTimeoutException e) {
      throw new GateInputException("the registry at " + base + " did not answer in time", e);
    } catch (IOException e) {
      throw new GateInputException(
          "cannot reach the registry at "
              + base
              + ": "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GateInputException("interrupted while talking to " + base, e);
    }
    ObjectNode json;
    try {
      JsonNode parsed = JSON.readTree(response.body());
      json = parsed instanceof ObjectNode o ? o : JSON.createObjectNode();
    } catch (IOException e) {
      json = JSON.createObjectNode();
      if (response.statusCode() < 300) {
        throw new GateInputException(
            "the registry at "
                + base
                + " answered "
                + file
                + " with something that is not JSON;"
                + " is --registry the Pactum server?",
            e);
      }
    }
    json.put("_status", response.statusCode());
    return json;
  }

  private static GateFinding finding(JsonNode f, Path folder) {
    return new FindingRecord(
            f.path("severity").asText("ERROR"),
            f.path("rule").asText("UNKNOWN"),
            f.path("file").asText(""),
            f.path("line").asInt(1),
            f.path("column").asInt(1),
            f.path("path").asText(""),
            f.path("message").asText(""),
            f.path("fix").asText(""))
        .toGateFinding(folder);
  }

  private static Path folderOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }
}
