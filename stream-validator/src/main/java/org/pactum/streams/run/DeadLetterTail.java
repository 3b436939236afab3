package org.pactum.streams.run;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.pactum.streams.core.deadletter.DeadLetterHeaders;

/**
 * The newest dead letters of a topic, read back with a consumer of its own (no group, committed
 * records only): the last {@code n} of each partition, newest first overall, at most {@code n}.
 * Header values that are not UTF-8 text are shown as {@code <n bytes, not text>}.
 */
public final class DeadLetterTail {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String PREFIX = DeadLetterHeaders.PREFIX;

  private final KafkaSettings kafka;

  public DeadLetterTail(KafkaSettings kafka) {
    this.kafka = kafka;
  }

  public List<DeadLetterSample> newest(String topic, int n) {
    Properties p = kafka.client();
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "pactum-dead-letter-tail");
    List<DeadLetterSample> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, WAIT);
      if (infos == null || infos.isEmpty()) {
        return List.of();
      }
      List<TopicPartition> parts =
          infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      consumer.assign(parts);
      Map<TopicPartition, Long> ends = consumer.endOffsets(parts, WAIT);
      Map<TopicPartition, Long> starts = consumer.beginningOffsets(parts, WAIT);
      long wanted = 0;
      for (TopicPartition tp : parts) {
        long from = Math.max(starts.get(tp), ends.get(tp) - n);
        consumer.seek(tp, from);
        wanted += ends.get(tp) - from;
      }
      long deadline = System.nanoTime() + WAIT.toNanos();
      long read = 0;
      while (read < wanted && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          read++;
          if (r.offset() < ends.get(new TopicPartition(topic, r.partition()))) {
            out.add(sample(r));
          }
        }
        if (parts.stream().allMatch(tp -> consumer.position(tp, WAIT) >= ends.get(tp))) {
          break;
        }
      }
    }
    out.sort(
        Comparator.comparing(DeadLetterSample::timestamp)
            .thenComparing(DeadLetterSample::offset)
            .reversed());
    return out.size() > n ? List.copyOf(out.subList(0, n)) : out;
  }

  private static DeadLetterSample sample(ConsumerRecord<byte[], byte[]> r) {
    TreeMap<Integer, Map<String, String>> reasons = new TreeMap<>();
    Map<String, String> about = new LinkedHashMap<>();
    for (Header h : r.headers()) {
      if (!h.key().startsWith(PREFIX)) {
        continue;
      }
      String name = h.key().substring(PREFIX.length());
      String value = text(h.value());
      int dot = name.indexOf('.');
      if (dot > 0 && name.substring(0, dot).chars().allMatch(Character::isDigit)) {
        reasons
            .computeIfAbsent(Integer.parseInt(name.substring(0, dot)), k -> new LinkedHashMap<>())
            .put(name.substring(dot + 1), value);
      } else {
        about.put(name, value);
      }
    }
    return new DeadLetterSample(
        r.partition(),
        r.offset(),
        Instant.ofEpochMilli(r.timestamp()),
        List.copyOf(reasons.values()),
        about);
  }

  private static String text(byte[] value) {
    if (value == null) {
      return null;
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(value))
              .toString();
      if (s.chars().anyMatch(c -> Character.isISOControl(c))) {
        return "<" + value.length + " bytes, not text>";
      }
      return s;
    } catch (CharacterCodingException e) {
      return "<" + value.length + " bytes, not text>";
    }
  }
}
