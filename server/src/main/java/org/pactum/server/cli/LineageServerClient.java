package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The lineage CLI's calls to a Pactum server's lineage API. */
final class LineageServerClient {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The server refused or could not be reached; the message says which, for the user. */
  static final class ServerError extends Exception {
    ServerError(String message) {
      super(message);
    }
  }

  private final URI server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  LineageServerClient(URI server) {
    this.server = server;
  }

  JsonNode get(String pathAndQuery) throws ServerError, InterruptedException {
    return send(HttpRequest.newBuilder(server.resolve(pathAndQuery)).GET().build());
  }

  JsonNode post(String path, JsonNode body) throws ServerError, InterruptedException {
    return send(
        HttpRequest.newBuilder(server.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  private JsonNode send(HttpRequest request) throws ServerError, InterruptedException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ServerError(
          "cannot reach the Pactum server at "
              + server
              + " ("
              + e.getMessage()
              + "); start it with `pactum serve`, or pass --server");
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new ServerError(
          "the server at " + server + " answered HTTP " + response.statusCode() + " without JSON");
    }
    if (response.statusCode() / 100 != 2) {
      throw new ServerError(
          body.path("message").asText("HTTP " + response.statusCode())
              + " (HTTP "
              + response.statusCode()
              + ")");
    }
    return body;
  }
}
