package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
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
 * The CLI's JSON calls to a running Pactum server's API. A refusal becomes a {@link Failure}
 * carrying the server's JSON error message (never a stack trace); an unreachable server, a hint to
 * start one.
 */
final class PactumServerClient {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Any 2xx status is expected. */
  static final int ANY_2XX = -1;

  /** The server refused the request or could not be reached; the message is for the user. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  private final URI server;
  private final ServerToken token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * @param token sent with every request
   */
  PactumServerClient(URI server, ServerToken token) {
    this.server = server;
    this.token = token;
  }

  JsonNode get(String pathAndQuery, int expected) throws Failure, InterruptedException {
    return send("GET", pathAndQuery, null, expected);
  }

  /**
   * @param body a JSON body, or null for none
   * @param expected the status the call must answer, or {@link #ANY_2XX}
   * @return the answer's JSON, or a missing node when it has no body (204)
   */
  JsonNode send(String method, String path, JsonNode body, int expected)
      throws Failure, InterruptedException {
    HttpRequest.Builder b = token.authorize(HttpRequest.newBuilder(server.resolve(path)));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response;
    try {
      response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw unreachable();
    }
    int status = response.statusCode();
    JsonNode answer = json(status, response.body());
    boolean ok = expected == ANY_2XX ? status / 100 == 2 : status == expected;
    if (!ok) {
      throw refused(status, answer);
    }
    return answer;
  }

  /**
   * POSTs a JSON body whose 2xx answer is one JSON object a line (progress, then a summary),
   * telling {@code onLine} each as it arrives.
   */
  void postLines(String path, JsonNode body, Consumer<JsonNode> onLine)
      throws Failure, InterruptedException {
    HttpRequest request =
        token
            .authorize(HttpRequest.newBuilder(server.resolve(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<Stream<String>> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofLines());
    } catch (IOException | IllegalArgumentException e) {
      throw unreachable();
    }
    int status = response.statusCode();
    try (Stream<String> lines = response.body()) {
      if (status / 100 != 2) {
        throw refused(status, json(status, String.join("\n", lines.toList())));
      }
      for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (!line.isBlank()) {
          onLine.accept(json(status, line));
        }
      }
    } catch (UncheckedIOException e) {
      throw new Failure(
          "the connection to the Pactum server at " + server + " broke off: " + e.getMessage());
    }
  }

  private Failure unreachable() {
    return new Failure(
        "cannot reach the Pactum server at "
            + server
            + "; start it with `pactum serve`, or pass --server");
  }

  private JsonNode json(int status, String text) throws Failure {
    try {
      return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
    } catch (IOException e) {
      throw new Failure("the server at " + server + " answered HTTP " + status + " without JSON");
    }
  }

  private Failure refused(int status, JsonNode answer) {
    return new Failure(
        answer.path("message").asText("HTTP " + status)
            + token.hint(status)
            + " (HTTP "
            + status
            + ")");
  }
}
