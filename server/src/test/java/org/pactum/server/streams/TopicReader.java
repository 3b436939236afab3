package org.pactum.server.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic's committed records with Kafka's Java consumer, from the beginning. */
final class TopicReader {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private TopicReader() {}

  /**
   * Reads until {@code expected} records arrived (or a minute passed), then once more for extras.
   */
  static List<ReadRecord> read(String bootstrapServers, String topic, int expected) {
    List<ReadRecord> seen = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "java-reader-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (seen.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(ReadRecord.of(r)));
      }
      consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(ReadRecord.of(r)));
    }
    return seen;
  }
}
