package org.pactum.streams.topology;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.pactum.streams.topology.OrderTraffic.Sent;

/**
 * What reached a topic compared with what should have, record by record (by key, each produced
 * once): keys seen more than once, keys never seen, keys that should not be there, and values that
 * are not the bytes sent. Exactly once means all four are empty.
 *
 * @param expected how many records should be there
 * @param seen how many records are there
 */
record Delivery(
    String topic,
    int expected,
    int seen,
    Map<String, Integer> duplicated,
    List<String> missing,
    List<String> unexpected,
    List<String> altered) {

  static Delivery of(String topic, List<Sent> expected, List<ConsumerRecord<byte[], byte[]>> seen) {
    Map<String, byte[]> wanted = new LinkedHashMap<>();
    expected.forEach(s -> wanted.put(s.key(), s.value()));
    Map<String, Integer> times = new TreeMap<>();
    List<String> unexpected = new ArrayList<>();
    List<String> altered = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : seen) {
      String key = r.key() == null ? "<null>" : new String(r.key(), StandardCharsets.UTF_8);
      times.merge(key, 1, Integer::sum);
      byte[] value = wanted.get(key);
      if (value == null) {
        unexpected.add(key);
      } else if (!Arrays.equals(value, r.value())) {
        altered.add(key);
      }
    }
    Map<String, Integer> duplicated = new TreeMap<>();
    times.forEach(
        (key, n) -> {
          if (n > 1) {
            duplicated.put(key, n);
          }
        });
    List<String> missing = wanted.keySet().stream().filter(k -> !times.containsKey(k)).toList();
    return new Delivery(
        topic, expected.size(), seen.size(), duplicated, missing, unexpected, altered);
  }

  boolean exactlyOnce() {
    return duplicated.isEmpty() && missing.isEmpty() && unexpected.isEmpty() && altered.isEmpty();
  }

  @Override
  public String toString() {
    return String.format(
        "%s: %d expected, %d seen; %d duplicated %s, %d missing %s, %d unexpected %s, %d altered %s",
        topic,
        expected,
        seen,
        duplicated.size(),
        first(List.copyOf(duplicated.entrySet())),
        missing.size(),
        first(missing),
        unexpected.size(),
        first(unexpected),
        altered.size(),
        first(altered));
  }

  private static String first(List<?> items) {
    return items.subList(0, Math.min(10, items.size())).toString();
  }
}
