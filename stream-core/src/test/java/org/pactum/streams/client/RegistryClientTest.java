package org.pactum.streams.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pactum.streams.client.RegistryClientException.Kind;
import org.pactum.streams.core.wire.SchemaId;

/**
 * The client's HTTP behaviour against a scripted server on loopback: paths, bodies, credentials,
 * caching, and how each kind of failure is typed. (Against Pactum's real server: {@code
 * server/…/streams/PactumSerializerIT}.)
 */
class RegistryClientTest {
  private static final String SCHEMA = "{\"type\":\"string\"}";

  private HttpServer server;
  private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
  private final AtomicInteger calls = new AtomicInteger();

  /** A server answering every request with {@code status} and {@code body}. */
  private URI serve(int status, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          calls.incrementAndGet();
          seen.add(describe(exchange));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private static String describe(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    return exchange.getRequestMethod()
        + " "
        + exchange.getRequestURI().getRawPath()
        + " auth="
        + exchange.getRequestHeaders().getFirst("Authorization")
        + (body.isEmpty() ? "" : " body=" + body);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static RegistryClient client(URI url, RegistryCredentials credentials) {
    return new RegistryClient(
        new RegistryConnection(
            new RegistryClientSettings(
                url, credentials, Duration.ofSeconds(2), Duration.ofMillis(500))));
  }

  @Test
  void aSchemaByIdIsAskedOnceAndCachedWithItsTypeAndReferences() throws IOException {
    URI url =
        serve(
            200,
            "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\","
                + "\"references\":[{\"name\":\"m.proto\",\"subject\":\"m.proto\",\"version\":2}]}");
    RegistryClient client = client(url, new RegistryCredentials.Bearer("pct_secret"));

    RegisteredSchema first = client.schemaById(new SchemaId(7));
    RegisteredSchema again = client.schemaById(new SchemaId(7));

    assertThat(first.schemaType()).isEqualTo("PROTOBUF");
    assertThat(first.references()).containsExactly(new SchemaReference("m.proto", "m.proto", 2));
    assertThat(again).isEqualTo(first);
    assertThat(seen).containsExactly("GET /schemas/ids/7 auth=Bearer pct_secret");
  }

  @Test
  void anAvroSchemaWithoutTypeIsAvroAndBasicAuthIsNameColonSecret() throws IOException {
    URI url = serve(200, "{\"schema\":\"" + SCHEMA.replace("\"", "\\\"") + "\"}");
    RegistryClient client = client(url, RegistryCredentials.Basic.parse("kafka-checkout:pct_s:x"));

    assertThat(client.schemaById(new SchemaId(1)).schemaType()).isEqualTo("AVRO");
    // base64("kafka-checkout:pct_s:x"): the secret may hold a colon, the name may not
    assertThat(seen)
        .containsExactly("GET /schemas/ids/1 auth=Basic a2Fma2EtY2hlY2tvdXQ6cGN0X3M6eA==");
  }

  @Test
  void lookUpAndRegisterPostTheSchemaUnderTheEncodedSubjectAndCacheTheId() throws IOException {
    URI url = serve(200, "{\"id\":42,\"subject\":\"orders value\",\"version\":1}");
    RegistryClient client = client(url, new RegistryCredentials.None());

    assertThat(client.lookUp("orders value", "AVRO", SCHEMA)).isEqualTo(new SchemaId(42));
    assertThat(client.lookUp("orders value", "AVRO", SCHEMA)).isEqualTo(new SchemaId(42));
    assertThat(client.register("other", "AVRO", SCHEMA)).isEqualTo(new SchemaId(42));

    assertThat(seen)
        .containsExactly(
            "POST /subjects/orders%20value auth=null body={\"schema\":\"{\\\"type\\\":\\\"string\\\"}\"}",
            "POST /subjects/other/versions auth=null body={\"schema\":\"{\\\"type\\\":\\\"string\\\"}\"}");
  }

  @Test
  void notFoundCodesAreNotFoundAndAreNotCached() throws IOException {
    URI url = serve(404, "{\"error_code\":40403,\"message\":\"Schema 9 not found\"}");
    RegistryClient client = client(url, new RegistryCredentials.None());

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> client.schemaById(new SchemaId(9)))
          .isInstanceOfSatisfying(
              RegistryClientException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                assertThat(e.errorCode()).isEqualTo(40403);
                assertThat(e.getMessage())
                    .isEqualTo("GET /schemas/ids/9: HTTP 404 (40403): Schema 9 not found");
              });
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void serverErrorsAreUnavailableAndRetriable() throws IOException {
    URI url = serve(500, "{\"error_code\":50001,\"message\":\"store error\"}");
    assertThatThrownBy(() -> client(url, new RegistryCredentials.None()).latest("s"))
        .isInstanceOfSatisfying(
            RegistryClientException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.retriable()).isTrue();
              assertThat(e.httpStatus()).isEqualTo(500);
            });
  }

  @Test
  void refusalsCarryTheServersMessageAndAreNotRetriable() throws IOException {
    URI url =
        serve(
            409, "{\"error_code\":40901,\"message\":\"Schema being registered is incompatible\"}");
    assertThatThrownBy(
            () -> client(url, new RegistryCredentials.None()).register("s", "AVRO", SCHEMA))
        .isInstanceOfSatisfying(
            RegistryClientException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REFUSED);
              assertThat(e.retriable()).isFalse();
              assertThat(e.getMessage())
                  .endsWith("(40901): Schema being registered is incompatible");
            });
  }

  @Test
  void statusesAndCodesMapToKinds() {
    assertThat(RegistryConnection.kind(404, 40401)).isEqualTo(Kind.NOT_FOUND);
    assertThat(RegistryConnection.kind(404, 40402)).isEqualTo(Kind.NOT_FOUND);
    assertThat(RegistryConnection.kind(404, 404)).isEqualTo(Kind.REFUSED); // a wrong URL
    assertThat(RegistryConnection.kind(401, 401)).isEqualTo(Kind.REFUSED);
    assertThat(RegistryConnection.kind(403, 403)).isEqualTo(Kind.REFUSED);
    assertThat(RegistryConnection.kind(422, 42201)).isEqualTo(Kind.REFUSED);
    assertThat(RegistryConnection.kind(503, 0)).isEqualTo(Kind.UNAVAILABLE);
    assertThat(RegistryConnection.kind(429, 0)).isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void noListenerIsUnavailable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    RegistryClient client =
        client(URI.create("http://127.0.0.1:" + port), new RegistryCredentials.None());
    assertThatThrownBy(() -> client.schemaById(new SchemaId(1)))
        .isInstanceOfSatisfying(
            RegistryClientException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.httpStatus()).isZero();
            });
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsUnavailable() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.start();
    RegistryClient client =
        client(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
            new RegistryCredentials.None());
    assertThatThrownBy(() -> client.schemaById(new SchemaId(1)))
        .isInstanceOfSatisfying(
            RegistryClientException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
  }

  @Test
  void secretsNeverShowInToString() {
    assertThat(new RegistryCredentials.Bearer("pct_top").toString()).doesNotContain("pct_top");
    assertThat(RegistryCredentials.Basic.parse("n:pct_top").toString()).doesNotContain("pct_top");
  }
}
