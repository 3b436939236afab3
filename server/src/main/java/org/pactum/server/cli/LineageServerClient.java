package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;

/** The lineage CLI's calls to a Pactum server's lineage API. */
final class LineageServerClient {
  static final ObjectMapper JSON = PactumServerClient.JSON;

  /** The server refused or could not be reached; the message says which, for the user. */
  static final class ServerError extends Exception {
    ServerError(String message) {
      super(message);
    }
  }

  private final PactumServerClient client;

  LineageServerClient(URI server, ServerToken token) {
    this.client = new PactumServerClient(server, token);
  }

  JsonNode get(String pathAndQuery) throws ServerError, InterruptedException {
    return call("GET", pathAndQuery, null);
  }

  JsonNode post(String path, JsonNode body) throws ServerError, InterruptedException {
    return call("POST", path, body);
  }

  private JsonNode call(String method, String path, JsonNode body)
      throws ServerError, InterruptedException {
    try {
      return client.send(method, path, body, PactumServerClient.ANY_2XX);
    } catch (PactumServerClient.Failure e) {
      throw new ServerError(e.getMessage());
    }
  }
}
