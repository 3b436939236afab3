package org.pactum.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

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

  /**
   * The node serves: topics are created on it (producing, consuming and transactions on it are
   * {@code kafka-embedded}'s tests).
   */
  @Test
  void freshTopicsAreDistinct() {
    assertThat(kafka.newTopic("orders", 1)).isNotEqualTo(kafka.newTopic("orders", 1));
  }
}
