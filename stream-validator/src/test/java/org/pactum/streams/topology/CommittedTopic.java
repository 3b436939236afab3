package org.pactum.streams.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every committed record of one topic ({@code read_committed}: what a downstream consumer sees),
 * read from the beginning of each partition as the test polls, without a consumer group.
 */
final class CommittedTopic implements AutoCloseable {
  private final String topic;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  CommittedTopic(String bootstrapServers, String topic, int partitions) {
    this.topic = topic;
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> all = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      all.add(new TopicPartition(topic, p));
    }
    consumer.assign(all);
    consumer.seekToBeginning(all);
  }

  /** Reads what has been committed since the last poll; returns how many records were read. */
  int poll() {
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
      records.add(r);
      keys.add(r.key() == null ? "<null>" : new String(r.key()));
    }
    return records.size();
  }

  /** Polls until {@code done} holds of the distinct keys read, or {@code max} passed. */
  boolean pollUntil(Predicate<Set<String>> done, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!done.test(keys) && System.nanoTime() < deadline) {
      poll();
    }
    return done.test(keys);
  }

  /** Polls for {@code quiet} more, to read anything (a duplicate) after what was awaited. */
  void settle(Duration quiet) {
    long deadline = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < deadline) {
      poll();
    }
  }

  String topic() {
    return topic;
  }

  /** The distinct keys read so far. */
  Set<String> keys() {
    return Collections.unmodifiableSet(keys);
  }

  /** Every record read so far, duplicates included. */
  List<ConsumerRecord<byte[], byte[]>> records() {
    return Collections.unmodifiableList(records);
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
