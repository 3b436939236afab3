package org.pactum.streams.core.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pactum.streams.core.ErrorClass;

class TallyTest {

  @Test
  void partsAddUpCounterByCounterWhateverTheirOrder() {
    Tally a = new Tally(Map.of(Counter.RECORDS, 3L, Counter.nullCount("customer_id"), 1L));
    Tally b = new Tally(Map.of(Counter.RECORDS, 2L, Counter.violations("range(amount)"), 2L));
    Tally sum = a.plus(b);
    assertThat(sum.get(Counter.RECORDS)).isEqualTo(5);
    assertThat(sum.get(Counter.nullCount("customer_id"))).isEqualTo(1);
    assertThat(sum.get(Counter.violations("range(amount)"))).isEqualTo(2);
    assertThat(sum.get(Counter.ROW_COUNT)).isZero();
    assertThat(b.plus(a)).isEqualTo(sum);
  }

  @Test
  void aTallyReadsBackAsWritten() {
    Tally t =
        new Tally(
            Map.of(
                Counter.RECORDS,
                10L,
                Counter.undecodable(ErrorClass.UNKNOWN_SCHEMA),
                4L,
                Counter.nonNullCount("shipping_address.city"),
                6L,
                Counter.violations("regex(email)"),
                Long.MAX_VALUE));
    assertThat(TallyCodec.decode(TallyCodec.encode(t))).isEqualTo(t);
    assertThat(TallyCodec.decode(TallyCodec.encode(Tally.EMPTY))).isEqualTo(Tally.EMPTY);
  }

  @Test
  void bytesTheCodecDidNotWriteAreRefusedNeverMisread() {
    Random random = new Random(16);
    for (int i = 0; i < 5_000; i++) {
      byte[] junk = new byte[random.nextInt(64)];
      random.nextBytes(junk);
      try {
        TallyCodec.decode(junk);
      } catch (IllegalArgumentException expected) {
        // the one way random bytes may fail
      }
    }
    byte[] good = TallyCodec.encode(new Tally(Map.of(Counter.RECORDS, 1L)));
    byte[] truncated = Arrays.copyOf(good, good.length - 1);
    assertThatThrownBy(() -> TallyCodec.decode(truncated))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countersHaveOneTextForm() {
    for (Counter c :
        new Counter[] {
          Counter.RECORDS, Counter.ROW_COUNT, Counter.nullCount("a.b"), Counter.violations("x(y)")
        }) {
      assertThat(Counter.parse(c.text())).isEqualTo(c);
    }
    assertThat(Counter.RECORDS.streamOnly()).isTrue();
    assertThat(Counter.ROW_COUNT.streamOnly()).isFalse();
    assertThatThrownBy(() -> Counter.parse("row_count"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void windowsAreAlignedToTheEpochAndCloseAfterTheirGrace() {
    WindowSize minute = new WindowSize(Duration.ofMinutes(1), Duration.ofSeconds(10));
    long t = Instant.parse("2026-12-07T10:00:42Z").toEpochMilli();
    long start = minute.startOf(t);
    assertThat(Instant.ofEpochMilli(start)).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    assertThat(minute.startOf(-1)).isEqualTo(-60_000);
    assertThat(minute.closedAt(start, start + 69_999)).isFalse();
    assertThat(minute.closedAt(start, start + 70_000)).isTrue();
    assertThatThrownBy(() -> new WindowSize(Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
