package org.pactum.api.auth.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pactum.testsupport.MutableClock;

class FailedAttemptsTest {
  private final MutableClock clock = MutableClock.atNow();

  @Test
  void anAddressIsBlockedAfterMaxFailuresUntilItsWindowEnds() {
    FailedAttempts f = new FailedAttempts(new AttemptLimits(3, Duration.ofMinutes(1), 100), clock);
    f.failed("10.0.0.1");
    clock.advance(Duration.ofSeconds(10));
    f.failed("10.0.0.1");
    assertThat(f.blockedFor("10.0.0.1")).isEmpty();
    f.failed("10.0.0.1");
    assertThat(f.blockedFor("10.0.0.1")).contains(Duration.ofSeconds(50));
    assertThat(f.blockedFor("10.0.0.2")).as("other addresses are not").isEmpty();
    clock.advance(Duration.ofSeconds(49));
    assertThat(f.blockedFor("10.0.0.1")).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(f.blockedFor("10.0.0.1")).isEmpty();
  }

  @Test
  void aFailureAfterTheWindowStartsANewCount() {
    FailedAttempts f = new FailedAttempts(new AttemptLimits(2, Duration.ofMinutes(1), 100), clock);
    f.failed("a");
    clock.advance(Duration.ofSeconds(61));
    f.failed("a");
    assertThat(f.blockedFor("a")).isEmpty();
    f.failed("a");
    assertThat(f.blockedFor("a")).contains(Duration.ofSeconds(60));
  }

  @Test
  void memoryIsBoundedByTheTrackedAddresses() {
    FailedAttempts f = new FailedAttempts(new AttemptLimits(5, Duration.ofMinutes(1), 100), clock);
    for (int i = 0; i < 20_000; i++) {
      f.failed("10.1." + (i / 256) + "." + (i % 256));
    }
    assertThat(f.trackedAddresses()).isLessThanOrEqualTo(100);
  }

  @Test
  void ipv6AddressesCountByTheirSlash64() {
    assertThat(SourceAddress.of("2001:db8:1:2:aaaa::1"))
        .isEqualTo(SourceAddress.of("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
        .isEqualTo("20010db800010002::/64");
    assertThat(SourceAddress.of("[2001:db8:1:3::1]"))
        .isNotEqualTo(SourceAddress.of("2001:db8:1:2::1"));
    assertThat(SourceAddress.of("192.0.2.7")).isEqualTo("192.0.2.7");
    assertThat(SourceAddress.of(null)).isEqualTo("unknown");
    assertThat(SourceAddress.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
  }
}
