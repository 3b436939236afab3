package org.pactum.alerts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.alerts.core.Signals.at;
import static org.pactum.alerts.core.Signals.freshness;
import static org.pactum.alerts.core.Signals.signal;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InhibitionTest {
  @Test
  void failedFreshnessInhibitsTheOtherChecksOfItsDatasetInThatRunOnly() {
    Signal fresh = freshness("orders", SignalStatus.FAIL, "r1", at(0));
    Signal a = signal("orders", "a", SignalStatus.FAIL, "r1", at(0));
    Signal otherRun = signal("orders", "b", SignalStatus.FAIL, "r2", at(0));
    Signal otherDataset = signal("customers", "a", SignalStatus.FAIL, "r1", at(0));
    Map<Signal, Suppression.Inhibited> out =
        Inhibition.inhibited(List.of(fresh, a, otherRun, otherDataset));
    assertThat(out).containsOnlyKeys(a);
    assertThat(out.get(a).reason())
        .isEqualTo(
            "inhibited: freshness check freshness(loaded_at) failed on dataset warehouse:public.orders in run r1");
  }

  @Test
  void anErrorInhibitsButAPassingFreshnessDoesNot() {
    Signal err = signal("orders", "e", SignalStatus.ERROR, "r1", at(0));
    Signal a = signal("orders", "a", SignalStatus.FAIL, "r1", at(0));
    assertThat(Inhibition.inhibited(List.of(err, a)).get(a).reason())
        .contains("check e could not be evaluated");
    Signal ok = freshness("orders", SignalStatus.PASS, "r1", at(0));
    assertThat(Inhibition.inhibited(List.of(ok, a))).isEmpty();
  }
}
