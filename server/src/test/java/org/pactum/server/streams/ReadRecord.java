package org.pactum.server.streams;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record as a consumer read it, whichever client read it: where it was, its key as text, its
 * value's bytes and its headers as UTF-8 text in the order they came.
 */
public record ReadRecord(
    String topic,
    int partition,
    long offset,
    String key,
    byte[] value,
    List<Map.Entry<String, String>> headers) {

  public ReadRecord {
    headers = List.copyOf(headers);
  }

  /** A record Kafka's Java consumer read. */
  static ReadRecord of(ConsumerRecord<byte[], byte[]> r) {
    return new ReadRecord(
        r.topic(),
        r.partition(),
        r.offset(),
        r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
        r.value(),
        Arrays.stream(r.headers().toArray())
            .<Map.Entry<String, String>>map(h -> new SimpleImmutableEntry<>(h.key(), text(h)))
            .toList());
  }

  private static String text(Header h) {
    return h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** The last header of that name (as Kafka's {@code lastHeader}), or null. */
  public String header(String name) {
    String value = null;
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equals(name)) {
        value = h.getValue();
      }
    }
    return value;
  }

  /** The names of the headers, in order. */
  public List<String> headerNames() {
    return headers.stream().map(Map.Entry::getKey).toList();
  }
}
