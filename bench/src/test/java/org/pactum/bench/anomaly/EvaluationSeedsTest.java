package org.pactum.bench.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationSeedsTest {

  @Test
  void aDevelopmentSeedCannotBeAnEvaluationSeed() {
    assertThatThrownBy(() -> EvaluationSeeds.parse("2027, 5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[5]")
        .hasMessageContaining("development");
    assertThatThrownBy(() -> new EvaluationSeeds(List.of(11L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvaluationSeeds(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultEvaluationSeedsAreNotDevelopmentSeeds() {
    assertThat(EvaluationSeeds.DEFAULT_EVALUATION)
        .isNotEmpty()
        .doesNotContainAnyElementsOf(EvaluationSeeds.DEVELOPMENT);
    assertThat(EvaluationSeeds.parse(" 2027,7919 ").evaluation()).containsExactly(2027L, 7919L);
  }

  @Test
  void seriesSeedsKeepTheFormulaOfTheFirstResults() {
    assertThat(EvaluationSeeds.seriesSeed(5, Scenario.FLAT, 0)).isEqualTo(5_000_015L);
    assertThat(EvaluationSeeds.seriesSeed(5, Scenario.SEASON, 3))
        .isEqualTo(5 * 1_000_003L + 2 * 10_007L + 3);
  }

  @Test
  void bothDetectorsAreScoredOnTheSameEventsAndNormalLoads() {
    Map<Scenario, Tally[]> results = AnomalyEvaluation.evaluate(List.of(2027L, 7919L), 1);

    assertThat(results).containsOnlyKeys(Scenario.values());
    results.forEach(
        (scenario, t) -> {
          int events =
              t[AnomalyEvaluation.PLAIN].truePositives + t[AnomalyEvaluation.PLAIN].falseNegatives;
          int expected =
              switch (scenario) {
                case FLAT, TREND, SEASON, SPIKE, DROP -> 2 * Scenario.OUTLIERS;
                default -> 2;
              };
          for (Tally tally : t) {
            assertThat(tally.truePositives + tally.falseNegatives)
                .as("%s events", scenario)
                .isEqualTo(expected);
            assertThat(tally.normalLoads)
                .as("%s normal loads", scenario)
                .isEqualTo(t[AnomalyEvaluation.PLAIN].normalLoads)
                .isPositive();
          }
          assertThat(events).isEqualTo(expected);
        });
  }
}
