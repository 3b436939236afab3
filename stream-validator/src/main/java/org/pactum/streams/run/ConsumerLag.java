package org.pactum.streams.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a validator is behind its input: for each input partition, its newest offset minus the
 * application's committed offset (all of the partition when nothing is committed yet), summed. Read
 * from Kafka, so it is the same whichever instance asks.
 */
public final class ConsumerLag {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Admin admin;

  public ConsumerLag(StreamValidators validators) {
    this(validators.admin());
  }

  ConsumerLag(Admin admin) {
    this.admin = admin;
  }

  /** The lag in records, or empty when Kafka could not tell in time. */
  public OptionalLong of(String applicationId, String inputTopic) {
    if (admin == null) {
      return OptionalLong.empty();
    }
    try {
      TopicDescription topic =
          admin
              .describeTopics(List.of(inputTopic))
              .allTopicNames()
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
              .get(inputTopic);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
      topic
          .partitions()
          .forEach(
              p -> {
                latest.put(new TopicPartition(inputTopic, p.partition()), OffsetSpec.latest());
                earliest.put(new TopicPartition(inputTopic, p.partition()), OffsetSpec.earliest());
              });
      Map<TopicPartition, ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, ListOffsetsResultInfo> starts =
          admin.listOffsets(earliest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(applicationId)
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      long lag = 0;
      for (Map.Entry<TopicPartition, ListOffsetsResultInfo> e : ends.entrySet()) {
        OffsetAndMetadata c = committed.get(e.getKey());
        long from = c != null ? c.offset() : starts.get(e.getKey()).offset();
        lag += Math.max(0, e.getValue().offset() - from);
      }
      return OptionalLong.of(lag);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    } catch (Exception e) {
      return OptionalLong.empty();
    }
  }
}
