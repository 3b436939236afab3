package org.pactum.server.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.PactumTestServer;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.testsupport.KafkaExtension;
import org.pactum.testsupport.TestKafka;

/**
 * Erasure requests arriving as events on a topic enter the erasure flow once each: an event sent
 * twice with its own request id makes one request, an event without one is named by its position,
 * and events that are not requests (no subject id, bad JSON, an unknown field, a subject type no
 * contract declares) make none and do not stop the ones after them.
 */
@ExtendWith(KafkaExtension.class)
class ErasureEventsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachRequestIsSubmittedOnceAndWhatIsNotARequestIsSkipped(TestKafka kafka, @TempDir Path work)
      throws Exception {
    String topic = kafka.newTopic("erasure-requests", 1);
    DropwizardTestSupport<PactumConfiguration> app =
        PactumTestServer.create(
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("streams.bootstrapServers", kafka.bootstrapServers()),
            ConfigOverride.config("streams.applicationIdPrefix", "erasure-events-" + topic),
            ConfigOverride.config("streams.erasureRequestsTopic", topic),
            ConfigOverride.config("streams.stateDirectory", work.resolve("state").toString()),
            // the example orders contract's own topics are not this test's
            ConfigOverride.config("streams.reconcileInterval", "1h"),
            ConfigOverride.config("checks.freshnessInterval", "0s"));
    app.before();
    try {
      String base = "http://localhost:" + app.getLocalPort();
      String explicit = UUID.randomUUID().toString();
      Map<String, Object> once =
          Map.of(
              "subject_type", "customer",
              "subject_id", "c-90001",
              "requested_by", "dpo@example.com",
              "legal_basis", "GDPR art. 17(1)(b)",
              "request_id", explicit);
      List<byte[]> events = new ArrayList<>();
      events.add(JSON.writeValueAsBytes(once));
      events.add(JSON.writeValueAsBytes(once)); // delivered twice: one request
      events.add("{not json".getBytes(StandardCharsets.UTF_8));
      events.add(
          JSON.writeValueAsBytes(
              Map.of("subject_type", "customer", "requested_by", "x", "legal_basis", "y")));
      events.add(
          JSON.writeValueAsBytes(
              Map.of(
                  "subject_type", "customer",
                  "subject_id", "c-90002",
                  "requested_by", "x",
                  "legal_basis", "y",
                  "colour", "red")));
      events.add(
          JSON.writeValueAsBytes(
              Map.of(
                  "subject_type", "starship",
                  "subject_id", "ncc-1701",
                  "requested_by", "x",
                  "legal_basis", "y")));
      events.add(
          JSON.writeValueAsBytes(
              Map.of(
                  "subject_type", "customer",
                  "subject_id", "c-90003",
                  "requested_by", "privacy-portal",
                  "legal_basis", "GDPR art. 17(1)(a)")));
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(
              Map.of("bootstrap.servers", kafka.bootstrapServers()),
              new ByteArraySerializer(),
              new ByteArraySerializer())) {
        for (byte[] e : events) {
          producer.send(new ProducerRecord<>(topic, e));
        }
        producer.flush();
      }
      HttpClient http = HttpClient.newHttpClient();
      JsonNode requests = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/erasure-requests?limit=100"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        requests = JSON.readTree(r.body()).path("requests");
        if (requests.size() >= 2) {
          break;
        }
        Thread.sleep(250);
      }
      Thread.sleep(2_000); // a duplicate, had there been one, would have landed by now
      requests =
          JSON.readTree(
                  http.send(
                          HttpRequest.newBuilder(
                                  URI.create(base + "/api/v1/erasure-requests?limit=100"))
                              .GET()
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .path("requests");
      List<String> ids = new ArrayList<>();
      List<String> by = new ArrayList<>();
      for (JsonNode r : requests) {
        ids.add(r.path("request_id").asText());
        by.add(r.path("requested_by").asText());
      }
      assertThat(ids).hasSize(2).contains(explicit);
      assertThat(by).containsExactlyInAnyOrder("dpo@example.com", "privacy-portal");
    } finally {
      app.after();
    }
  }
}
