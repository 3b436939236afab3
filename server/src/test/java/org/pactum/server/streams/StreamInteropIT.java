package org.pactum.server.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.server.streams.NpmOrders.SentOrder;

/**
 * Orders produced by Confluent's npm clients (KafkaJS with {@code @confluentinc/schemaregistry}'s
 * Avro serializer, schemas in Pactum's registry over HTTP Basic) validated by the orders contract's
 * topology on a real Kafka node: the valid ones arrive on the valid topic byte-for-byte with their
 * headers, the violating ones on the dead-letter topic with their reasons, read here by Kafka's
 * Java consumer. ({@code DeadLetterLibrdkafkaIT}, profile {@code interop}, reads the same dead
 * letters with librdkafka.)
 */
@ExtendWith(NpmOrdersExtension.class)
class StreamInteropIT {
  private static final List<String> VALID = List.of("valid", "tolerated-currency", "valid-after");

  @Test
  void theNpmProducerWritesConfluentsWireFormatWithSchemasFromPactumsRegistry(NpmOrders orders) {
    assertThat(orders.sent()).hasSize(VALID.size() + DeadLetters.VIOLATING.size());
    assertThat(orders.nullableSchemaId()).isPositive().isNotEqualTo(orders.schemaId());
    for (SentOrder s : orders.sent()) {
      ByteBuffer header = ByteBuffer.wrap(s.value());
      assertThat(header.get()).as("magic byte of %s", s.label()).isZero();
      assertThat(header.getInt())
          .as("schema id of %s", s.label())
          .isEqualTo(
              s.label().equals("null-customer") ? orders.nullableSchemaId() : orders.schemaId());
    }
  }

  @Test
  void validOrdersArriveOnTheValidTopicByteForByteWithTheirHeaders(NpmOrders orders) {
    List<ReadRecord> valid =
        TopicReader.read(orders.bootstrapServers(), orders.binding().validTopic(), VALID.size());

    assertThat(valid)
        .extracting(ReadRecord::key)
        .containsExactlyInAnyOrderElementsOf(
            VALID.stream().map(l -> orders.sent(l).key()).toList());
    for (String label : VALID) {
      SentOrder sent = orders.sent(label);
      ReadRecord r = sent.in(valid);
      assertThat(r.value()).as(label).isEqualTo(sent.value());
      assertThat(r.partition()).as("same key, same partition").isEqualTo(sent.partition());
      assertThat(r.headers()).containsExactlyElementsOf(List.copyOf(sent.headers().entrySet()));
    }
  }

  @Test
  void violatingOrdersAreDeadLetteredWithEveryReason(NpmOrders orders) {
    List<ReadRecord> dead =
        TopicReader.read(
            orders.bootstrapServers(),
            orders.binding().deadLetterTopic(),
            DeadLetters.VIOLATING.size());

    DeadLetters.assertExplained(orders, dead);
  }
}
