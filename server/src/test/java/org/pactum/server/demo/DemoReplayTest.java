package org.pactum.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The demo's loads land on their day, whatever the time the demo starts. */
class DemoReplayTest {
  @Test
  void todaysLoadIsNowToTheMinute() {
    assertThat(DemoReplay.todaysLoad(Instant.parse("2026-12-07T14:03:27.5Z")))
        .isEqualTo(Instant.parse("2026-12-07T14:03:00Z"));
    assertThat(DemoReplay.todaysLoad(Instant.parse("2026-12-07T00:00:10Z")))
        .isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
  }

  @Test
  void lateInTheDayEveryLoadsCheckStaysOnItsDay() {
    for (String now :
        new String[] {"2026-12-07T23:50:00Z", "2026-12-07T23:57:41Z", "2026-12-07T23:59:59Z"}) {
      Instant load = DemoReplay.todaysLoad(Instant.parse(now));
      Instant check = load.plus(Duration.ofMinutes(5));
      assertThat(check.truncatedTo(ChronoUnit.DAYS))
          .as(now)
          .isEqualTo(load.truncatedTo(ChronoUnit.DAYS));
      assertThat(load).as(now).isBeforeOrEqualTo(Instant.parse(now));
    }
  }
}
