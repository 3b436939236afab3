package org.pactum.streams.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.streams.client.RegistryClient;
import org.pactum.streams.client.RegistryClientException;
import org.pactum.streams.client.RegistryClientSettings;
import org.pactum.streams.client.RegistryConnection;
import org.pactum.streams.client.RegistryCredentials;
import org.pactum.streams.core.schema.RegistryUnavailableException;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.wire.SchemaId;

/**
 * The remote source's answers against a scripted registry on loopback: found, unknown, another
 * format, Avro references, and a registry that fails or refuses (thrown, never {@code Unknown}).
 * Against Pactum's real server: {@code server/…/streams/PactumSerializerIT}.
 */
class RemoteSchemaSourceTest {
  private HttpServer server;

  /** path → status and body. */
  private final Map<String, String[]> answers = new ConcurrentHashMap<>();

  private final AtomicInteger calls = new AtomicInteger();
  private RemoteSchemaSource source;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          calls.incrementAndGet();
          String[] answer =
              answers.getOrDefault(
                  exchange.getRequestURI().getRawPath(),
                  new String[] {"404", "{\"error_code\":40403,\"message\":\"Schema not found\"}"});
          byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    source =
        new RemoteSchemaSource(
            new RegistryClient(
                new RegistryConnection(
                    RegistryClientSettings.of(url, new RegistryCredentials.None()))));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void aRegisteredAvroSchemaIsParsedOnceAndKept() {
    answers.put(
        "/schemas/ids/3",
        new String[] {
          "200",
          "{\"schema\":"
              + quoted(
                  "{\"type\":\"record\",\"name\":\"R\","
                      + "\"fields\":[{\"name\":\"a\",\"type\":\"long\"}]}")
              + "}"
        });

    SchemaLookup first = source.lookup(new SchemaId(3));
    SchemaLookup again = source.lookup(new SchemaId(3));

    assertThat(first).isInstanceOf(SchemaLookup.AvroWriter.class);
    assertThat(((SchemaLookup.AvroWriter) first).schema().getField("a").schema().getType())
        .isEqualTo(Schema.Type.LONG);
    assertThat(again).isSameAs(first);
    assertThat(calls).hasValue(1);
  }

  @Test
  void anUnknownIdIsUnknownAndAskedAgainNextTime() {
    assertThat(source.lookup(new SchemaId(9))).isEqualTo(new SchemaLookup.Unknown(new SchemaId(9)));
    assertThat(source.lookup(new SchemaId(9))).isInstanceOf(SchemaLookup.Unknown.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void aProtobufSchemaIsAnotherFormat() {
    answers.put(
        "/schemas/ids/4",
        new String[] {
          "200", "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}"
        });
    assertThat(source.lookup(new SchemaId(4)))
        .isEqualTo(new SchemaLookup.OtherFormat(new SchemaId(4), SchemaFormat.PROTOBUF));
  }

  @Test
  void avroReferencesAreParsedFirst() {
    answers.put(
        "/subjects/money/versions/1",
        new String[] {
          "200",
          "{\"subject\":\"money\",\"version\":1,\"id\":5,\"schema\":"
              + quoted(
                  "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"m\","
                      + "\"fields\":[{\"name\":\"cents\",\"type\":\"long\"}]}")
              + "}"
        });
    answers.put(
        "/schemas/ids/6",
        new String[] {
          "200",
          "{\"schema\":"
              + quoted(
                  "{\"type\":\"record\",\"name\":\"Order\","
                      + "\"fields\":[{\"name\":\"amount\",\"type\":\"m.Money\"}]}")
              + ",\"references\":[{\"name\":\"m.Money\",\"subject\":\"money\",\"version\":1}]}"
        });

    SchemaLookup lookup = source.lookup(new SchemaId(6));

    assertThat(
            ((SchemaLookup.AvroWriter) lookup).schema().getField("amount").schema().getFullName())
        .isEqualTo("m.Money");
  }

  @Test
  void aRegistryThatFailsThrowsUnavailableNeverUnknown() {
    answers.put(
        "/schemas/ids/7", new String[] {"503", "{\"error_code\":50301,\"message\":\"down\"}"});
    assertThatThrownBy(() -> source.lookup(new SchemaId(7)))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("HTTP 503");
    server.stop(0);
    assertThatThrownBy(() -> source.lookup(new SchemaId(7)))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void aRefusalIsThrownAsTheClientsRefusal() {
    answers.put("/schemas/ids/8", new String[] {"401", "{\"error_code\":401,\"message\":\"no\"}"});
    assertThatThrownBy(() -> source.lookup(new SchemaId(8)))
        .isInstanceOfSatisfying(
            RegistryClientException.class,
            e -> assertThat(e.kind()).isEqualTo(RegistryClientException.Kind.REFUSED));
  }
}
