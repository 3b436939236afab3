package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The lifecycle calls of {@code pactum contract status|retire} to a Pactum server's contract API
 * ({@code GET /api/v1/contracts/{id}/status}, {@code DELETE /api/v1/contracts/{id}}). Every answer
 * with a JSON body comes back with its status for the command to judge; only an unreachable server
 * or an answer that is not Pactum's is a {@link Failure}. The URL it shows in messages carries no
 * user-info, query or fragment, so a credential written into {@code --registry} is never printed.
 */
final class ContractRegistryClient {
  private static final ObjectMapper JSON = PactumServerClient.JSON;

  /** An answer of the server: its HTTP status and JSON body (missing when it had none). */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status / 100 == 2;
    }

    int errorCode() {
      return body.path("error_code").asInt(0);
    }

    /** The server's message, or {@code HTTP <status>} when it gave none. */
    String message() {
      String m = body.path("message").asText("");
      return m.isEmpty() ? "HTTP " + status : m;
    }
  }

  /** The server could not be reached or did not answer as Pactum; the message is for the user. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  private final URI base;
  private final String shown;
  private final ServerToken token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ContractRegistryClient(URI base, String shown, ServerToken token) {
    this.base = base;
    this.shown = shown;
    this.token = token;
  }

  /**
   * A client of the server at {@code registry}, an http(s) URL with a host and maybe a base path.
   *
   * @throws IllegalArgumentException when it is not such a URL; the message names the option
   */
  static ContractRegistryClient of(URI registry, ServerToken token) {
    String scheme = registry.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || registry.getHost() == null) {
      throw new IllegalArgumentException(
          "--registry must be an http(s) URL such as http://localhost:8080, got '"
              + CliText.printable(withoutSecrets(registry))
              + "'");
    }
    String path = registry.getRawPath() == null ? "" : registry.getRawPath();
    // getHost keeps an IPv6 literal in its brackets; user-info is left out on purpose
    String authority =
        registry.getHost() + (registry.getPort() < 0 ? "" : ":" + registry.getPort());
    String root =
        scheme.toLowerCase(java.util.Locale.ROOT)
            + "://"
            + authority
            + (path.endsWith("/") ? path : path + "/");
    return new ContractRegistryClient(URI.create(root), root, token);
  }

  /** The server's URL as messages show it: no user-info, query or fragment. */
  String shown() {
    return shown;
  }

  /** The server's URL of a path below it, as messages show it. */
  String shown(String path) {
    return shown + path;
  }

  Answer get(String path) throws Failure, InterruptedException {
    return send("GET", path);
  }

  Answer delete(String path) throws Failure, InterruptedException {
    return send("DELETE", path);
  }

  /**
   * One path segment, percent-encoded as RFC 3986 wants it: unreserved characters stay, every other
   * UTF-8 byte is escaped (a space is {@code %20}, not {@code +}); a segment of only dots has them
   * escaped so that no URL resolution reads it as {@code .} or {@code ..}.
   */
  static String segment(String text) {
    boolean dots = !text.isEmpty() && text.chars().allMatch(c -> c == '.');
    StringBuilder b = new StringBuilder();
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      boolean unreserved =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '-'
              || c == '_'
              || c == '~'
              || c == '.' && !dots;
      if (unreserved) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        b.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }

  private Answer send(String method, String path) throws Failure, InterruptedException {
    HttpRequest request =
        token
            .authorize(HttpRequest.newBuilder(base.resolve(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new Failure("the Pactum server at " + shown + " did not answer in time");
    } catch (IOException e) {
      throw new Failure(
          "cannot reach the Pactum server at " + shown + "; is it running? Check --registry");
    }
    String text = response.body();
    JsonNode body;
    try {
      body = text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !(body.isObject() || body.isMissingNode())) {
      throw new Failure(
          "the server at "
              + shown
              + " answered "
              + method
              + " "
              + base.resolve(path).getRawPath()
              + " with HTTP "
              + response.statusCode()
              + " and no JSON object; is --registry the Pactum server?");
    }
    return new Answer(response.statusCode(), body);
  }

  private static String withoutSecrets(URI uri) {
    try {
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
          .toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return uri.getScheme() == null ? "(not a URL)" : uri.getScheme() + ":…";
    }
  }
}
