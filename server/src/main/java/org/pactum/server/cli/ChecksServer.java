package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The check engine's CLI calls to a running Pactum server ({@code pactum baseline reset}, {@code
 * pactum checks backfill}): JSON in, JSON out, and the server's {@code message} (never a stack
 * trace) when it refuses or cannot be reached.
 */
final class ChecksServer {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The server refused or could not be reached; the message says which, for the user. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private final URI server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ChecksServer(URI server) {
    this.server = server;
  }

  /** POSTs a JSON body; the answer's JSON when the status is 2xx. */
  JsonNode post(String path, JsonNode body) throws Failure, InterruptedException {
    HttpResponse<String> response = send(path, body, HttpResponse.BodyHandlers.ofString());
    JsonNode json = parse(response.statusCode(), response.body());
    if (response.statusCode() / 100 != 2) {
      throw refused(response.statusCode(), json);
    }
    return json;
  }

  /**
   * POSTs a JSON body whose 2xx answer is one JSON object a line (progress, then a summary),
   * telling {@code onLine} each as it arrives.
   */
  void postLines(String path, JsonNode body, Consumer<JsonNode> onLine)
      throws Failure, InterruptedException {
    HttpResponse<Stream<String>> response = send(path, body, HttpResponse.BodyHandlers.ofLines());
    try (Stream<String> lines = response.body()) {
      if (response.statusCode() / 100 != 2) {
        throw refused(
            response.statusCode(), parse(response.statusCode(), String.join("\n", lines.toList())));
      }
      for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (!line.isBlank()) {
          onLine.accept(parse(response.statusCode(), line));
        }
      }
    } catch (UncheckedIOException e) {
      throw new Failure(
          "the connection to the Pactum server at " + server + " broke off: " + e.getMessage());
    }
  }

  private <T> HttpResponse<T> send(String path, JsonNode body, HttpResponse.BodyHandler<T> handler)
      throws Failure, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      return http.send(request, handler);
    } catch (IOException | IllegalArgumentException e) {
      throw new Failure(
          "cannot reach the Pactum server at "
              + server
              + "; start it with `pactum serve`, or pass --server");
    }
  }

  private JsonNode parse(int status, String text) throws Failure {
    try {
      JsonNode json = JSON.readTree(text);
      if (json == null || json.isMissingNode()) {
        throw new IOException("empty");
      }
      return json;
    } catch (IOException e) {
      throw new Failure("the server at " + server + " answered HTTP " + status + " without JSON");
    }
  }

  private static Failure refused(int status, JsonNode body) {
    return new Failure(
        body.path("message").asText("the server answered HTTP " + status)
            + " (HTTP "
            + status
            + ")");
  }
}
