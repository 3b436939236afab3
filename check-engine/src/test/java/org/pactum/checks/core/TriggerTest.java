package org.pactum.checks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TriggerTest {
  @Test
  void storedNamesAreTheLowerCaseWords() {
    assertThat(Arrays.stream(Trigger.values()).map(Trigger::wire))
        .containsExactly("api", "cli", "schedule", "backfill", "demo", "bench", "stream");
  }

  @Test
  void readsBackWhatItStores() {
    for (Trigger t : Trigger.values()) {
      assertThat(Trigger.fromWire(t.wire())).isSameAs(t);
    }
    assertThatThrownBy(() -> Trigger.fromWire("kafka"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheServersOwnRunningRunsAreAbandonedAtRestart() {
    assertThat(Arrays.stream(Trigger.values()).filter(Trigger::abandonedWhenRunningAtRestart))
        .containsExactly(Trigger.API, Trigger.SCHEDULE);
  }
}
