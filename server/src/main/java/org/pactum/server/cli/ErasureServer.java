package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --server} and {@code --format} options of {@code pactum erasure …}, and the REST calls
 * they make to a running Pactum server.
 */
final class ErasureServer {
  static final ObjectMapper JSON = new ObjectMapper();

  /** How results are printed. */
  enum Format {
    TEXT,
    JSON
  }

  @Option(
      names = "--server",
      paramLabel = "URL",
      defaultValue = "${PACTUM_URL:-http://localhost:8080}",
      description = "The Pactum server (default: $PACTUM_URL or ${DEFAULT-VALUE}).")
  URI server;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (the server's answer as is). Default: ${DEFAULT-VALUE}.")
  Format format;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  JsonNode get(String path) throws Failure, InterruptedException {
    return send(HttpRequest.newBuilder(server.resolve(path)).GET().build(), 200);
  }

  JsonNode post(String path, JsonNode body, int expected) throws Failure, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.resolve(path));
    if (body == null) {
      b.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return send(b.build(), expected);
  }

  private JsonNode send(HttpRequest request, int expected) throws Failure, InterruptedException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Failure(
          "cannot reach the Pactum server at "
              + server
              + "; start it with `pactum serve`, or pass --server");
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new Failure(
          "the server at " + server + " answered HTTP " + response.statusCode() + " without JSON");
    }
    if (response.statusCode() != expected) {
      throw new Failure(
          body.path("message").asText("HTTP " + response.statusCode())
              + " (HTTP "
              + response.statusCode()
              + ")");
    }
    return body;
  }

  /** The server refused the request or could not be reached. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }
}
