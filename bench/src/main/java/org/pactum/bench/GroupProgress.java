package org.pactum.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a Kafka Streams application has got through its input: the sum of its committed offsets
 * on the input topic. Under exactly-once an offset is committed with the transaction that wrote the
 * record's output, so this counts records fully processed. (The output topics' end offsets would
 * also count transaction markers.)
 */
final class GroupProgress {
  private final Admin admin;

  GroupProgress(Admin admin) {
    this.admin = admin;
  }

  long committed(String applicationId, String inputTopic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin
            .listConsumerGroupOffsets(applicationId)
            .partitionsToOffsetAndMetadata()
            .get(10, TimeUnit.SECONDS);
    long sum = 0;
    for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
      if (e.getKey().topic().equals(inputTopic) && e.getValue() != null) {
        sum += e.getValue().offset();
      }
    }
    return sum;
  }
}
