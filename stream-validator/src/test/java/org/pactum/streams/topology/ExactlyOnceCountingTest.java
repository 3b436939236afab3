package org.pactum.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.topology.OrderTraffic.Sent;

/**
 * The exactly-once ITs' counting catches what it must: a duplicate, a loss, a stranger and an
 * altered value on a topic; a window part counted twice or in part.
 */
class ExactlyOnceCountingTest {
  private static final Sent A = sent("a", 1_000, true);
  private static final Sent B = sent("b", 1_001, true);
  private static final Sent C = sent("c", 1_002, false);

  @Test
  void exactlyOnceWhenEachRecordArrivedOnceUnchanged() {
    Delivery d = Delivery.of("t", List.of(A, B), List.of(read(B), read(A)));

    assertThat(d.exactlyOnce()).isTrue();
  }

  @Test
  void aDuplicateIsCaughtEvenWhenTheCountMatches() {
    Delivery d = Delivery.of("t", List.of(A, B), List.of(read(A), read(A)));

    assertThat(d.seen()).isEqualTo(d.expected());
    assertThat(d.exactlyOnce()).isFalse();
    assertThat(d.duplicated()).containsExactly(Map.entry("a", 2));
    assertThat(d.missing()).containsExactly("b");
  }

  @Test
  void aStrangerAndAnAlteredValueAreCaught() {
    ConsumerRecord<byte[], byte[]> altered =
        new ConsumerRecord<>("t", 0, 1, A.key().getBytes(), "other".getBytes());
    Delivery d = Delivery.of("t", List.of(A), List.of(altered, read(C)));

    assertThat(d.exactlyOnce()).isFalse();
    assertThat(d.altered()).containsExactly("a");
    assertThat(d.unexpected()).containsExactly("c");
  }

  @Test
  void aWindowIsTheSumOfWholeParts() {
    WindowSize size = new WindowSize(Duration.ofSeconds(1), Duration.ZERO);
    WindowParts parts = WindowParts.of(List.of(A, B, C), Map.of("a", 0, "b", 1, "c", 1), size);

    assertThat(parts.counted(new WindowLine(1_000, 2_000, 3, 2, 1))).contains(Set.of(0, 1));
    assertThat(parts.counted(new WindowLine(1_000, 2_000, 2, 1, 1))).contains(Set.of(1));
    assertThat(parts.counted(new WindowLine(1_000, 2_000, 1, 1, 0))).contains(Set.of(0));
    // a record counted twice, or half a part: no set of whole parts adds up to it
    assertThat(parts.counted(new WindowLine(1_000, 2_000, 4, 3, 1))).isEqualTo(Optional.empty());
    assertThat(parts.counted(new WindowLine(1_000, 2_000, 2, 2, 0))).isEqualTo(Optional.empty());
  }

  private static Sent sent(String key, long timestamp, boolean valid) {
    return new Sent(key, key.getBytes(StandardCharsets.UTF_8), timestamp, valid, Sent.ANY);
  }

  private static ConsumerRecord<byte[], byte[]> read(Sent s) {
    return new ConsumerRecord<>("t", 0, 0, s.key().getBytes(), s.value());
  }
}
