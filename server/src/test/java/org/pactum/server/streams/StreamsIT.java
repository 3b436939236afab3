package org.pactum.server.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.auth.Role;
import org.pactum.server.PactumTestServer;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.testsupport.KafkaExtension;
import org.pactum.testsupport.TestKafka;

/**
 * The orders contract enforced on a real Kafka node by the server's own validators: three
 * ten-second windows of orders — the first with amounts out of range — become stream runs (FAIL,
 * PASS, PASS); the range check's incident on the stream's dataset opens with the first and resolves
 * with the passes; the streams API and page show the windows and the dead letters' reasons, and
 * every valid record reaches the valid topic unchanged.
 */
@ExtendWith(KafkaExtension.class)
class StreamsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String CONTRACT = "orders.order_placed";

  private final HttpClient http = HttpClient.newHttpClient();
  private String base;
  private String token;

  @Test
  void windowsBecomeRunsAnIncidentOpensAndResolvesAndDeadLettersExplainThemselves(
      TestKafka kafka, @TempDir Path work) throws Exception {
    String input = kafka.newTopic("orders-in", 1);
    String valid = input + ".valid";
    String dlq = input + ".dlq";
    Path config = work.resolve("pactum-streams.yml");
    Files.writeString(
        config,
        Files.readString(Path.of("config/pactum.yml"))
            .replace(
                "  bindings: []\n",
                "  bindings:\n    - {contract: "
                    + CONTRACT
                    + ", input: "
                    + input
                    + ", valid: "
                    + valid
                    + ", deadLetter: "
                    + dlq
                    + "}\n"));
    DropwizardTestSupport<PactumConfiguration> app =
        PactumTestServer.create(
            config.toString(),
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            PactumTestServer.AUTH_REQUIRED,
            ConfigOverride.config("streams.bootstrapServers", kafka.bootstrapServers()),
            ConfigOverride.config("streams.applicationIdPrefix", "streams-it-" + input),
            ConfigOverride.config("streams.window", "10s"),
            ConfigOverride.config("streams.grace", "0s"),
            ConfigOverride.config("streams.reconcileInterval", "1s"),
            ConfigOverride.config("streams.stateDirectory", work.resolve("state").toString()),
            ConfigOverride.config("checks.freshnessInterval", "0s"));
    app.before();
    try {
      base = "http://localhost:" + app.getLocalPort();
      token = PactumTestServer.createToken(app, "streams-it", Role.ADMIN);
      awaitJson("/api/v1/streams", j -> "RUNNING".equals(j.at("/streams/0/state").asText()));

      Schema schema =
          new Schema.Parser()
              .parse(
                  Files.readString(PactumTestServer.EXAMPLES.resolve("orders/order_placed.avsc")));
      int id = lookup(schema);
      // three windows ten seconds apart, well in the past (event time), the first with two amounts
      // out of range
      long w0 = Instant.now().minus(Duration.ofMinutes(10)).toEpochMilli() / 10_000 * 10_000;
      List<byte[]> passed = new ArrayList<>();
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(
              Map.of("bootstrap.servers", kafka.bootstrapServers()),
              new ByteArraySerializer(),
              new ByteArraySerializer())) {
        for (int w = 0; w < 3; w++) {
          for (int i = 0; i < 20; i++) {
            long at = w0 + w * 10_000L + i * 100L;
            if (w == 0 && i == 5) {
              send(producer, input, at, wire(id, order(schema, "250000.00")));
            } else if (w == 0 && i == 6) {
              send(producer, input, at, wire(id, order(schema, "-1.00")));
            }
            byte[] v = wire(id, order(schema, "42.00"));
            passed.add(v);
            send(producer, input, at, v);
          }
        }
        // two later windows' records: the third window closes once the first of them closes
        for (long at : new long[] {w0 + 45_000, w0 + 55_000}) {
          byte[] later = wire(id, order(schema, "42.00"));
          passed.add(later);
          send(producer, input, at, later);
        }
        producer.flush();
      }

      JsonNode stream =
          awaitJson(
              "/api/v1/streams/" + CONTRACT + "?windows=10", j -> j.path("windows").size() >= 3);
      JsonNode windows = stream.path("windows");
      JsonNode first = windows.get(windows.size() - 1);
      assertThat(first.path("start").asText()).isEqualTo(Instant.ofEpochMilli(w0).toString());
      assertThat(first.path("status").asText()).isEqualTo("FAIL");
      assertThat(first.path("records").asLong()).isEqualTo(22);
      assertThat(first.path("passed").asLong()).isEqualTo(20);
      assertThat(first.path("dead_lettered").asLong()).isEqualTo(2);
      assertThat(windows.get(windows.size() - 2).path("status").asText()).isEqualTo("PASS");
      assertThat(windows.get(windows.size() - 3).path("status").asText()).isEqualTo("PASS");

      JsonNode run = get("/api/v1/runs/" + first.path("run_id").asText());
      assertThat(run.path("trigger").asText()).isEqualTo("stream");
      assertThat(run.path("dataset").asText()).isEqualTo("kafka:" + input);
      JsonNode range = null;
      for (JsonNode r : run.path("results")) {
        if (r.path("check_name").asText().equals("range(amount)")) {
          range = r;
        }
      }
      assertThat(range).isNotNull();
      assertThat(range.path("status").asText()).isEqualTo("FAIL");
      assertThat(range.path("message").asText()).contains("2 of 22");

      // the stream's incident: opened by the first window, resolved by the two passes after it
      JsonNode incidents = get("/api/v1/incidents?limit=200");
      JsonNode incident = null;
      for (JsonNode i : incidents.path("incidents")) {
        if (i.path("check").asText().equals("range(amount)")
            && i.path("dataset").asText().equals("kafka:" + input)) {
          incident = i;
        }
      }
      assertThat(incident).as("the stream's range(amount) incident").isNotNull();
      assertThat(incident.path("state").asText()).isEqualTo("RESOLVED");

      JsonNode letters = get("/api/v1/streams/" + CONTRACT + "/dead-letters?limit=5");
      assertThat(letters.path("dead_letters")).hasSize(2);
      for (JsonNode d : letters.path("dead_letters")) {
        assertThat(d.at("/reasons/0/check").asText()).isEqualTo("range(amount)");
        assertThat(d.at("/about/topic").asText()).isEqualTo(input);
      }

      String page = page("/ui/streams/" + CONTRACT);
      assertThat(page).contains("<svg class=\"stream-bars\"").contains("range(amount)");

      assertThat(readAll(kafka, valid, passed.size())).containsExactlyElementsOf(passed);
    } finally {
      app.after();
    }
  }

  private int lookup(Schema schema) throws Exception {
    HttpResponse<String> r =
        http.send(
            request("/subjects/" + CONTRACT)
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("schema", schema.toString()))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("id").asInt();
  }

  private static void send(KafkaProducer<byte[], byte[]> p, String topic, long at, byte[] value) {
    p.send(new ProducerRecord<>(topic, null, at, "c-1001".getBytes(StandardCharsets.UTF_8), value));
  }

  private static GenericRecord order(Schema s, String amount) {
    GenericData.Record r = new GenericData.Record(s);
    r.put("order_id", UUID.randomUUID());
    r.put("customer_id", "c-1001");
    r.put("email", "ana@example.com");
    r.put("status", new GenericData.EnumSymbol(s.getField("status").schema(), "PLACED"));
    r.put("channel", new GenericData.EnumSymbol(s.getField("channel").schema(), "WEB"));
    r.put("amount", new BigDecimal(amount));
    r.put("currency", "EUR");
    r.put("coupon_code", "WINTER10");
    r.put("items", List.of());
    r.put("shipping_address", null);
    r.put("placed_at", Instant.parse("2026-12-01T10:15:30Z"));
    r.put("loaded_at", Instant.parse("2026-12-01T10:16:00Z"));
    return r;
  }

  private static byte[] wire(int id, GenericRecord record) throws IOException {
    GenericData data = new GenericData();
    data.addLogicalTypeConversion(new Conversions.DecimalConversion());
    data.addLogicalTypeConversion(new Conversions.UUIDConversion());
    data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(record.getSchema(), data).write(record, e);
    e.flush();
    return out.toByteArray();
  }

  private static List<byte[]> readAll(TestKafka kafka, String topic, int n) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "streams-it-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<byte[]> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (out.size() < n && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          out.add(r.value());
        }
      }
    }
    return out;
  }

  private JsonNode awaitJson(String path, Predicate<JsonNode> ready) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = get(path);
      if (ready.test(last)) {
        return last;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not ready in " + WAIT + ": " + path + " → " + last);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private String page(String path) throws Exception {
    HttpResponse<String> r =
        http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30));
  }
}
