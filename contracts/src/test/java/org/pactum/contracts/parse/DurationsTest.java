package org.pactum.contracts.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "45s, PT45S",
    "30m, PT30M",
    "2h, PT2H",
    "1d, PT24H",
    "1w, PT168H",
    "1h30m, PT1H30M",
    "1d12h, PT36H",
    "PT2H, PT2H",
    "P1D, PT24H",
    "P1DT12H, PT36H",
    "pt15m, PT15M"
  })
  void parsesCompactAndIsoForms(String text, String expected) {
    assertThat(Durations.parse(text)).contains(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hours", "2", "h", "", "0s", "PT0S", "-1h", "30m1h", "P1Y", "1.5h"})
  void rejectsEverythingElse(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"PT2H, 2h", "PT36H, 1d12h", "PT90S, 1m30s", "PT0.5S, 0s"})
  void formatsCompactly(String iso, String expected) {
    assertThat(Durations.format(Duration.parse(iso))).isEqualTo(expected);
  }
}
