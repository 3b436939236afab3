package org.pactum.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {
  private static EmbeddedKafka kafka;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start(EmbeddedKafkaSettings.temporary());
  }

  @AfterAll
  static void stop() {
    Path directory = kafka.dataDirectory();
    kafka.close();
    assertThat(directory).doesNotExist();
  }

  @Test
  void aRecordProducedIsConsumed() throws Exception {
    createTopic("plain");
    try (KafkaProducer<String, String> producer = producer(Map.of())) {
      producer.send(new ProducerRecord<>("plain", "k1", "v1")).get();
    }
    assertThat(consume("plain", "read_uncommitted", 1)).containsExactly("k1=v1");
  }

  @Test
  void aTransactionCommitsAndAnAbortedOneStaysInvisible() throws Exception {
    createTopic("tx");
    try (KafkaProducer<String, String> producer =
        producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-test-tx"))) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>("tx", "a", "aborted"));
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>("tx", "b", "committed"));
      producer.commitTransaction();
    }
    assertThat(consume("tx", "read_committed", 1)).containsExactly("b=committed");
  }

  @Test
  void overridingTheListenersIsRefused(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                EmbeddedKafka.start(
                    EmbeddedKafkaSettings.temporary()
                        .persistentAt(dir)
                        .withOverride("listeners", "PLAINTEXT://0.0.0.0:9092")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listeners");
    assertThat(dir.resolve("meta.properties")).doesNotExist();
  }

  private static void createTopic(String name) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      admin.createTopics(Set.of(new NewTopic(name, 1, (short) 1))).all().get();
    }
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
    Map<String, Object> props =
        new HashMap<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true));
    props.putAll(extra);
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private static List<String> consume(String topic, String isolation, int expected) {
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "g-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                isolation),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (seen.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          seen.add(r.key() + "=" + r.value());
        }
      }
      // one more poll: nothing beyond what was expected may arrive
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
        seen.add(r.key() + "=" + r.value());
      }
    }
    return seen;
  }
}
