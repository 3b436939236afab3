package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --server}, {@code --token} and {@code --format} options of the administrators'
 * commands ({@code pactum token …}, {@code pactum audit …}; a picocli mixin), and the calls they
 * make.
 */
final class AdminServer {
  /** How answers are printed. */
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

  boolean json() {
    return format == Format.JSON;
  }

  /**
   * @param body a JSON body, or null
   * @throws PactumServerClient.Failure refused (the message says why, and how to send a token) or
   *     unreachable
   */
  JsonNode send(String method, String path, JsonNode body, int expected)
      throws PactumServerClient.Failure, InterruptedException {
    return server.client().send(method, path, body, expected);
  }
}
