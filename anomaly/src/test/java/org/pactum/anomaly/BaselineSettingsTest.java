package org.pactum.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pactum.anomaly.BaselineSettings.Deviations;
import org.pactum.anomaly.BaselineSettings.ModelChoice;
import org.pactum.anomaly.BaselineSettings.Sensitivity;
import org.pactum.anomaly.BaselineSettings.Training;

class BaselineSettingsTest {
  @Test
  void defaultsAreThreeSigmaWarnFourFailThirtyWithinThirtyDaysSevenToJudgeAuto() {
    BaselineSettings d = BaselineSettings.DEFAULTS;
    assertThat(d.sensitivity()).isEqualTo(new Sensitivity(3, 4));
    assertThat(d.training()).isEqualTo(new Training(30, Duration.ofDays(30), 7));
    assertThat(d.deviations()).isEqualTo(new Deviations(Direction.BOTH, 0, 0, false));
    assertThat(d.modelChoice())
        .isEqualTo(new ModelChoice(Seasonality.AUTO, Method.BAND, ZoneOffset.UTC));
    assertThat(BaselineSettings.ofSensitivity(2).sensitivity()).isEqualTo(new Sensitivity(2, 3));
  }

  @Test
  void withersReplaceOnePartAndKeepTheOthers() {
    BaselineSettings d = BaselineSettings.DEFAULTS;
    BaselineSettings w = d.withWindow(60, Duration.ofDays(90), 10);
    assertThat(w.training()).isEqualTo(new Training(60, Duration.ofDays(90), 10));
    assertThat(w.sensitivity()).isEqualTo(d.sensitivity());
    assertThat(w.deviations()).isEqualTo(d.deviations());
    assertThat(w.modelChoice()).isEqualTo(d.modelChoice());
    BaselineSettings m =
        new BaselineSettings(
                d.sensitivity(),
                d.training(),
                d.deviations(),
                new ModelChoice(Seasonality.AUTO, Method.BAND, ZoneOffset.ofHours(2)))
            .withModel(Seasonality.DAY_OF_WEEK, Method.ROBUST);
    assertThat(m.modelChoice())
        .isEqualTo(new ModelChoice(Seasonality.DAY_OF_WEEK, Method.ROBUST, ZoneOffset.ofHours(2)));
    assertThat(d.withSensitivities(1, 5).sensitivity()).isEqualTo(new Sensitivity(1, 5));
  }

  @Test
  void eachPartRefusesWhatCannotJudge() {
    assertThatThrownBy(() -> new Sensitivity(3, 2))
        .hasMessage("sensitivities must satisfy 0 < warn <= fail, got warn 3.0, fail 2.0");
    assertThatThrownBy(() -> new Sensitivity(0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Training(5, Duration.ofDays(1), 7))
        .hasMessage("min_history must be >= 2 and window >= min_history, got 7 and 5");
    assertThatThrownBy(() -> new Training(5, Duration.ZERO, 2))
        .hasMessage("max_age must be positive");
    assertThatThrownBy(() -> new Deviations(Direction.BOTH, -1, 0, false))
        .hasMessage("min_change and min_change_pct must be >= 0");
    assertThatThrownBy(() -> new ModelChoice(Seasonality.AUTO, Method.BAND, null))
        .isInstanceOf(NullPointerException.class);
  }
}
