package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void theBackoffDoublesFromTheSecondAttempt() {
    RetryPolicy p = new RetryPolicy(4, Duration.ofMillis(100));
    assertThat(p.delayBefore(2)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.delayBefore(3)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.delayBefore(4)).isEqualTo(Duration.ofMillis(400));
  }
}
