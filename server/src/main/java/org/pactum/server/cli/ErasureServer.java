package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --server} and {@code --format} options of {@code pactum erasure …}, and the REST calls
 * they make to a running Pactum server.
 */
final class ErasureServer {
  static final ObjectMapper JSON = PactumServerClient.JSON;

  /** How results are printed. */
  enum Format {
    TEXT,
    JSON
  }

  @Mixin ServerOption server;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (the server's answer as is). Default: ${DEFAULT-VALUE}.")
  Format format;

  JsonNode get(String path) throws Failure, InterruptedException {
    return call("GET", path, null, 200);
  }

  JsonNode post(String path, JsonNode body, int expected) throws Failure, InterruptedException {
    return call("POST", path, body, expected);
  }

  private JsonNode call(String method, String path, JsonNode body, int expected)
      throws Failure, InterruptedException {
    try {
      return server.client().send(method, path, body, expected);
    } catch (PactumServerClient.Failure e) {
      throw new Failure(e.getMessage());
    }
  }

  /** The server refused the request or could not be reached. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }
}
