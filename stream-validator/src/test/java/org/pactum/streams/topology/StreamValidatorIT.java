package org.pactum.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.streams.Orders;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.testsupport.KafkaExtension;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.pactum.testsupport.TestKafka;

/**
 * One binding of the orders contract validated on a real Kafka node (KRaft, in this JVM) with
 * exactly-once processing and schemas from a real registry: valid records arrive unchanged, each
 * kind of bad record lands on the dead-letter topic with its reasons, and the records after them
 * still flow.
 */
@ExtendWith({PostgresExtension.class, KafkaExtension.class})
class StreamValidatorIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void validRecordsPassUnchangedAndEachBadOneIsDeadLetteredWithItsReasons(
      TestDatabase db, TestKafka kafka, @TempDir Path state) throws Exception {
    Orders orders = new Orders(db);
    Binding binding =
        new Binding(
            "orders.order_placed",
            kafka.newTopic("orders", 2),
            kafka.newTopic("orders.valid", 2),
            kafka.newTopic("orders.dlq", 1));
    RecordValidator validator =
        new RecordValidator(orders.contract, new RegistrySchemaSource(orders.registry));

    GenericRecord nullCustomer = orders.ofNullableCustomer();
    nullCustomer.put("customer_id", null);
    GenericRecord tooExpensive = orders.valid();
    tooExpensive.put("amount", new BigDecimal("100000.01"));
    byte[] first = Orders.wire(orders.schemaId, orders.valid());
    GenericRecord second = orders.valid();
    second.put("amount", new BigDecimal("7.00"));
    byte[] last = Orders.wire(orders.schemaId, second);
    List<byte[]> sent =
        List.of(
            first,
            Orders.wire(orders.nullableCustomerId, nullCustomer),
            Orders.wire(orders.schemaId, tooExpensive),
            "{\"order_id\": \"no wire header\"}".getBytes(StandardCharsets.UTF_8),
            Orders.wire(55_555, orders.valid()),
            last);

    Properties settings =
        StreamsSettings.of("validator-it-" + binding.inputTopic(), kafka.bootstrapServers(), state);
    try (KafkaStreams streams =
        new KafkaStreams(
            ValidationTopology.build(
                binding,
                validator,
                new WindowPlan(orders.contract, WindowSize.DEFAULT),
                window -> {}),
            settings)) {
      streams.start();
      try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
        for (byte[] value : sent) {
          RecordHeaders headers = new RecordHeaders();
          headers.add("service-id", "checkout-api".getBytes(StandardCharsets.UTF_8));
          headers.add("deployment-hash", "3f2a9c1".getBytes(StandardCharsets.UTF_8));
          // one key: one partition, so order is kept and the last record proves nothing stalled
          producer.send(
              new ProducerRecord<>(
                  binding.inputTopic(), null, "order-1".getBytes(), value, headers));
        }
        producer.flush();
      }
      List<ConsumerRecord<byte[], byte[]>> valid = consume(kafka, binding.validTopic(), 2);
      List<ConsumerRecord<byte[], byte[]>> dead = consume(kafka, binding.deadLetterTopic(), 4);

      assertThat(valid).extracting(ConsumerRecord::value).containsExactly(first, last);
      assertThat(valid)
          .allSatisfy(
              r -> {
                assertThat(r.key()).isEqualTo("order-1".getBytes());
                assertThat(text(r, "service-id")).isEqualTo("checkout-api");
                assertThat(r.headers().toArray()).hasSize(2);
              });

      assertThat(dead)
          .extracting(ConsumerRecord::value)
          .containsExactly(sent.subList(1, 5).toArray(byte[][]::new));
      assertThat(dead)
          .extracting(
              r -> text(r, "__pactum.errors.class"),
              r -> text(r, "__pactum.errors.1.check"),
              r -> text(r, "__pactum.errors.1.actual"))
          .containsExactly(
              tuple("CHECK_FAILED", "not_null(customer_id)", "null"),
              tuple("CHECK_FAILED", "range(amount)", "100000.01"),
              tuple("WIRE_FORMAT", null, "unknown_magic: first byte 0x7b"),
              tuple("UNKNOWN_SCHEMA", null, "no schema has id 55555"));
      ConsumerRecord<byte[], byte[]> firstDead = dead.get(0);
      assertThat(text(firstDead, "__pactum.errors.contract.id")).isEqualTo("orders.order_placed");
      assertThat(text(firstDead, "__pactum.errors.contract.version")).isEqualTo("3.1.0");
      assertThat(text(firstDead, "__pactum.errors.schema.id"))
          .isEqualTo(Integer.toString(orders.nullableCustomerId));
      assertThat(text(firstDead, "__pactum.errors.topic")).isEqualTo(binding.inputTopic());
      assertThat(text(firstDead, "__pactum.errors.partition"))
          .isEqualTo(Integer.toString(valid.get(0).partition()));
      assertThat(text(firstDead, "__pactum.errors.offset")).isEqualTo("1");
      assertThat(text(firstDead, "__pactum.errors.producer.service.id")).isEqualTo("checkout-api");
      assertThat(text(firstDead, "__pactum.errors.producer.deployment.hash")).isEqualTo("3f2a9c1");
      assertThat(text(firstDead, "service-id")).isEqualTo("checkout-api");
      assertThat(dead).extracting(r -> text(r, "__pactum.errors.schema.id")).element(2).isNull();
    }
  }

  private static String text(ConsumerRecord<byte[], byte[]> r, String key) {
    Header h = r.headers().lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static KafkaProducer<byte[], byte[]> producer(TestKafka kafka) {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  /** Reads committed records until {@code expected} arrived, then once more to see no extra. */
  private static List<ConsumerRecord<byte[], byte[]>> consume(
      TestKafka kafka, String topic, int expected) {
    List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (seen.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
      }
      consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
    }
    return seen;
  }
}
