package org.pactum.streams.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.pactum.streams.client.RegistryClientException.Kind;

/**
 * The HTTP exchange with Pactum's server, shared by {@link RegistryClient} and {@link
 * ContractClient}: one {@link HttpClient} with the connect timeout, the {@code Authorization}
 * header on every request, a request timeout, and every failure turned into a {@link
 * RegistryClientException} of the right {@link Kind}. Thread-safe.
 */
public final class RegistryConnection {
  /** Confluent's "not found" codes (subject, version, schema) — the contract API's are the same. */
  private static final Set<Integer> NOT_FOUND_CODES = Set.of(40401, 40402, 40403);

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private final RegistryClientSettings settings;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  public RegistryConnection(RegistryClientSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public RegistryClientSettings settings() {
    return settings;
  }

  /** A path segment, percent-encoded (subjects may hold any character but controls). */
  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  ObjectMapper json() {
    return json;
  }

  JsonNode get(String path) {
    return exchange("GET", path, HttpRequest.BodyPublishers.noBody());
  }

  JsonNode post(String path, JsonNode body) {
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request body did not serialise", e);
    }
    return exchange("POST", path, HttpRequest.BodyPublishers.ofByteArray(bytes));
  }

  private JsonNode exchange(String method, String path, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
            .timeout(settings.requestTimeout())
            .header("Accept", CONTENT_TYPE + ", application/json")
            .method(method, body);
    if (!"GET".equals(method)) {
      request.header("Content-Type", CONTENT_TYPE);
    }
    settings.credentials().authorization().ifPresent(a -> request.header("Authorization", a));
    String what = method + " " + path;
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      // no connection, a reset, a timeout (HttpTimeoutException is an IOException)
      throw new RegistryClientException(
          Kind.UNAVAILABLE,
          0,
          0,
          what + ": the registry at " + settings.baseUrl() + " could not be reached (" + e + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryClientException(
          Kind.UNAVAILABLE, 0, 0, what + ": interrupted while waiting for the registry", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      try {
        return json.readTree(response.body());
      } catch (IOException e) {
        throw new RegistryClientException(
            Kind.UNAVAILABLE, status, 0, what + ": the answer is not JSON", e);
      }
    }
    ErrorBody error = ErrorBody.of(json, response.body());
    String message = what + ": HTTP " + status + error.describe();
    throw new RegistryClientException(
        kind(status, error.code()), status, error.code(), message, null);
  }

  /** Which kind of failure an HTTP status and Confluent error code are. */
  static Kind kind(int status, int errorCode) {
    if (status == 404 && NOT_FOUND_CODES.contains(errorCode)) {
      return Kind.NOT_FOUND;
    }
    if (status >= 500 || status == 408 || status == 429) {
      return Kind.UNAVAILABLE;
    }
    return Kind.REFUSED;
  }

  /** Pactum's and Confluent's error body, {@code {"error_code": n, "message": "…"}}. */
  private record ErrorBody(int code, String message) {
    static ErrorBody of(ObjectMapper json, byte[] body) {
      try {
        JsonNode node = json.readTree(body);
        if (node != null && node.isObject()) {
          return new ErrorBody(node.path("error_code").asInt(0), node.path("message").asText(null));
        }
      } catch (IOException e) {
        // not JSON: a proxy's page, say; the status says enough
      }
      return new ErrorBody(0, null);
    }

    String describe() {
      StringBuilder s = new StringBuilder();
      if (code != 0) {
        s.append(" (").append(code).append(')');
      }
      if (message != null && !message.isBlank()) {
        String shown = message.length() > 500 ? message.substring(0, 500) + "…" : message;
        s.append(": ").append(shown);
      }
      return s.toString();
    }
  }
}
