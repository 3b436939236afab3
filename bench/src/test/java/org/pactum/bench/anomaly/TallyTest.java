package org.pactum.bench.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pactum.bench.anomaly.Series.labelled;
import static org.pactum.bench.anomaly.Series.levels;

import org.junit.jupiter.api.Test;

class TallyTest {

  private static Tally tally(String truth, String alarms, int minLevel, int from) {
    Tally t = new Tally();
    t.add(labelled(truth), levels(alarms), minLevel, from);
    return t;
  }

  @Test
  void anEventCountsOnceHoweverManyOfItsLoadsAreFlagged() {
    Tally t = tally("..000..", "0022200", 2, 0);

    assertThat(t.truePositives).isEqualTo(1);
    assertThat(t.falseNegatives).isZero();
    assertThat(t.falsePositives).isZero();
    assertThat(t.normalLoads).isEqualTo(4);
  }

  @Test
  void anEventIsDetectedByAnyOneOfItsLoadsAndMissedWhenNoneIsFlagged() {
    Tally t = tally(".000.11.", "00020000", 2, 0);

    assertThat(t.truePositives).isEqualTo(1);
    assertThat(t.falseNegatives).isEqualTo(1);
  }

  @Test
  void everyFlagOnANormalLoadIsAFalseAlarmAndIgnoredLoadsCountForNeither() {
    Tally t = tally("..--0..", "2222002", 2, 0);

    assertThat(t.falsePositives).isEqualTo(3);
    assertThat(t.normalLoads).isEqualTo(4);
    assertThat(t.truePositives).isZero();
    assertThat(t.falseNegatives).isEqualTo(1);
  }

  @Test
  void aWarningIsAnAlarmOnlyWhenWarningsCount() {
    assertThat(tally(".0.", "010", 2, 0).truePositives).isZero();
    assertThat(tally(".0.", "010", 1, 0).truePositives).isEqualTo(1);
    assertThat(tally("...", "100", 2, 0).falsePositives).isZero();
    assertThat(tally("...", "100", 1, 0).falsePositives).isEqualTo(1);
  }

  @Test
  void loadsBeforeFromAreNotScored() {
    // event 0 lies wholly before `from`: neither found nor missed; the false alarm before `from`
    // does not count. Event 1 straddles `from`: its flag before `from` does not detect it.
    Tally t = tally("0.11...", "2220000", 3, 3);

    assertThat(t.truePositives).isZero();
    assertThat(t.falseNegatives).isEqualTo(1);
    assertThat(t.falsePositives).isZero();
    assertThat(t.normalLoads).isEqualTo(3);
  }

  @Test
  void precisionRecallAndF1FollowFromTheCounts() {
    Tally t = new Tally();
    t.truePositives = 6;
    t.falsePositives = 2;
    t.falseNegatives = 4;
    t.normalLoads = 400;

    assertThat(t.precision()).isEqualTo(0.75);
    assertThat(t.recall()).isEqualTo(0.6);
    assertThat(t.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    assertThat(t.falseAlarmsPer100()).isEqualTo(0.5);
  }

  @Test
  void emptyCountsHaveTheConventionalValues() {
    Tally nothing = new Tally();
    assertThat(nothing.precision()).as("no alarm raised: none wrong").isEqualTo(1);
    assertThat(nothing.recall()).as("no event to find").isEqualTo(1);
    assertThat(nothing.falseAlarmsPer100()).isZero();

    Tally allWrong = new Tally();
    allWrong.falsePositives = 3;
    allWrong.falseNegatives = 2;
    assertThat(allWrong.precision()).isZero();
    assertThat(allWrong.recall()).isZero();
    assertThat(allWrong.f1()).as("p + r = 0").isZero();
  }

  @Test
  void talliesAddUpCountByCount() {
    Tally a = tally("..0..", "20200", 2, 0);
    Tally b = tally(".1.2.", "00020", 2, 0);

    Tally sum = new Tally();
    sum.add(a);
    sum.add(b);

    assertThat(sum.truePositives).isEqualTo(2);
    assertThat(sum.falseNegatives).isEqualTo(1);
    assertThat(sum.falsePositives).isEqualTo(1);
    assertThat(sum.normalLoads).isEqualTo(7);
    assertThat(sum.f1())
        .as("overall F1 is over the summed counts")
        .isCloseTo(2.0 / 3, within(1e-12));
  }
}
