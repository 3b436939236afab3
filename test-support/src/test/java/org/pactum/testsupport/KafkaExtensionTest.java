package org.pactum.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class KafkaExtensionTest {
  private final TestKafka kafka;

  KafkaExtensionTest(TestKafka kafka) {
    this.kafka = kafka;
  }

  @Test
  void everyTestOfTheJvmGetsTheSameNode(TestKafka again) {
    assertThat(again).isSameAs(kafka);
    assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
  }

  @Test
  void freshTopicsAreDistinct() {
    assertThat(kafka.newTopic("orders", 1)).isNotEqualTo(kafka.newTopic("orders", 1));
  }

  @Test
  void aRecordProducedIsConsumed() throws Exception {
    String topic = kafka.newTopic("plain", 2);
    try (KafkaProducer<String, String> producer = producer(Map.of())) {
      producer.send(new ProducerRecord<>(topic, "k", "v")).get();
    }
    assertThat(consume(topic, "read_uncommitted", 1)).containsExactly("k=v");
  }

  @Test
  void exactlyOnceTransactionsWork() {
    String topic = kafka.newTopic("tx", 1);
    try (KafkaProducer<String, String> producer =
        producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ext-" + topic))) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "a", "aborted"));
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "b", "committed"));
      producer.commitTransaction();
    }
    assertThat(consume(topic, "read_committed", 1)).containsExactly("b=committed");
  }

  private KafkaProducer<String, String> producer(Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>(extra);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private List<String> consume(String topic, String isolation, int expected) {
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
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
        seen.add(r.key() + "=" + r.value());
      }
    }
    return seen;
  }
}
