package org.pactum.streams.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Objects;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.contracts.parse.ParseResult;
import org.pactum.contracts.problem.Problem;
import org.pactum.streams.client.RegistryClientException.Kind;

/**
 * Reads a contract's published document from Pactum's contract API ({@code GET
 * /api/v1/contracts/{id}/versions/latest}: the YAML as published, and the subject its schema is
 * registered under) and parses it with the contract model's own parser, so a producer judges
 * records by the contract the catalog holds. Not cached: callers keep what they read. Thread-safe.
 */
public final class ContractClient {
  private final RegistryConnection connection;
  private final ContractParser parser = new ContractParser();

  public ContractClient(RegistryConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /**
   * The contract's latest published version.
   *
   * @throws RegistryClientException {@link Kind#NOT_FOUND} when no contract has the id
   */
  public PublishedContract latest(String contractId) {
    return version(contractId, "latest");
  }

  /** One published version of the contract: a number, or {@code latest}. */
  public PublishedContract version(String contractId, String version) {
    String path =
        "/api/v1/contracts/"
            + RegistryConnection.segment(contractId)
            + "/versions/"
            + RegistryConnection.segment(version);
    JsonNode body = connection.get(path);
    String yaml = body.path("contract").asText(null);
    int versionNo = body.path("version_no").asInt();
    if (yaml == null) {
      throw new RegistryClientException(
          Kind.UNAVAILABLE,
          200,
          0,
          "GET " + path + ": the answer holds no contract document",
          null);
    }
    ParseResult parsed = parser.parse(Path.of(contractId + ".contract.yaml"), yaml);
    if (parsed.contract().isEmpty() || parsed.problems().stream().anyMatch(Problem::isError)) {
      String first =
          parsed.problems().stream()
              .filter(Problem::isError)
              .findFirst()
              .map(Problem::toString)
              .orElse("no document");
      throw new RegistryClientException(
          Kind.REFUSED,
          200,
          0,
          "contract "
              + contractId
              + " version "
              + versionNo
              + " does not parse with this client's contract model: "
              + first,
          null);
    }
    String subject = body.path("schema").path("subject").asText(contractId);
    return new PublishedContract(parsed.contract().get(), versionNo, subject);
  }
}
