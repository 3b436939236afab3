package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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

  @Test
  void onlyTransientSqlStatesAreRetried() {
    for (String transientState :
        new String[] {"08001", "08006", "40001", "40P01", "57014", "55P03"}) {
      assertThat(RetryPolicy.transientFailure(new SQLException("x", transientState)))
          .as(transientState)
          .isTrue();
    }
    assertThat(RetryPolicy.transientFailure(new SQLException("no state"))).isTrue();
    for (String permanent : new String[] {"42P01", "42703", "22P02", "25006", "23505", "42501"}) {
      assertThat(RetryPolicy.transientFailure(new SQLException("x", permanent)))
          .as(permanent)
          .isFalse();
    }
  }

  @Test
  void failureDescriptionsNeverCarryTheDriversText() {
    String described =
        ErasureExecutor.describe(
            new SQLException("invalid input syntax for type bigint: \"cust-ZQX-1\"", "22P02"));
    assertThat(described)
        .isEqualTo("SQLState 22P02: the subject id is not a valid value of the key column's type")
        .doesNotContain("ZQX");
  }
}
