package org.pactum.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthCostTest {

  @Test
  void theRatioIsMeanOnOverMeanOffAndEachRoundHasItsOwn() {
    AuthCost cost = new AuthCost("Bearer", List.of(10_000.0, 12_000.0), List.of(9_500.0, 10_300.0));

    assertThat(cost.ratio()).isCloseTo(19_800.0 / 22_000.0, within(1e-9));
    assertThat(cost.perRound()).containsExactly(0.95, 10_300.0 / 12_000.0);
  }

  @Test
  void theTargetIsNinetyPercentOfTheThroughputWithoutAuthentication() {
    assertThat(new AuthCost("Basic", List.of(10_000.0), List.of(9_000.0)).met()).isTrue();
    assertThat(new AuthCost("Basic", List.of(10_000.0), List.of(8_999.0)).met()).isFalse();
  }

  @Test
  void everyRoundPairsAnOffFigureWithAnOnFigure() {
    assertThatThrownBy(() -> new AuthCost("Bearer", List.of(1.0, 2.0), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuthCost("Bearer", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
