package org.pactum.alerts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.alerts.core.Signals.at;
import static org.pactum.alerts.core.Signals.signal;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static Route route(String name, Matchers m, List<String> receivers, boolean cont) {
    return new Route(name, m, receivers, null, cont, List.of());
  }

  @Test
  void theOwnersChannelsAreTheDefault() {
    RouteMatch m =
        new Router(Route.defaultRoot()).route(signal("orders", "c", SignalStatus.FAIL, "r", at(0)));
    assertThat(m.receivers()).containsExactly("slack:#checkout-data", "pagerduty:checkout-oncall");
    assertThat(m.policy()).isEqualTo(EscalationPolicy.DEFAULT);
    assertThat(m.path()).isEqualTo("root");
  }

  @Test
  void firstMatchingChildWinsUnlessItContinues() {
    EscalationPolicy fast = new EscalationPolicy(1, 1, Duration.ZERO);
    Route root =
        new Route(
            "root",
            Matchers.ALL,
            List.of("default"),
            EscalationPolicy.DEFAULT,
            false,
            List.of(
                new Route(
                    "payments",
                    Matchers.of("payments.*", null, null, null, null, null),
                    List.of("pay"),
                    fast,
                    false,
                    List.of()),
                route(
                    "tier1",
                    Matchers.of(null, null, null, null, null, List.of("tier1")),
                    List.of("audit"),
                    true),
                route(
                    "checkout",
                    Matchers.of(null, null, "checkout", null, null, null),
                    List.of("co"),
                    false),
                route("never", Matchers.ALL, List.of("never"), false)));
    Router router = new Router(root);
    RouteMatch orders = router.route(signal("orders", "c", SignalStatus.FAIL, "r", at(0)));
    assertThat(orders.receivers()).containsExactly("audit", "co");
    assertThat(orders.path()).isEqualTo("root > tier1, root > checkout");
    RouteMatch pay = router.route(signal("payments.card", "c", SignalStatus.FAIL, "r", at(0)));
    assertThat(pay.receivers()).containsExactly("pay");
    assertThat(pay.policy()).isEqualTo(fast);
  }

  @Test
  void nestedRoutesInheritReceiversAndPolicy() {
    Route child =
        route(
            "sev",
            Matchers.of(null, null, null, List.of("critical"), "warehouse:*", null),
            List.of(),
            false);
    Route team =
        new Route(
            "team",
            Matchers.of(null, null, "checkout", null, null, null),
            List.of("team-slack"),
            null,
            false,
            List.of(child));
    Route root =
        new Route("root", Matchers.ALL, List.of(), EscalationPolicy.DEFAULT, false, List.of(team));
    Router router = new Router(root);
    RouteMatch crit = router.route(Signals.freshness("orders", SignalStatus.FAIL, "r", at(0)));
    assertThat(crit.path()).isEqualTo("root > team > sev");
    assertThat(crit.receivers()).containsExactly("team-slack");
    assertThat(crit.policy()).isEqualTo(EscalationPolicy.DEFAULT);
    RouteMatch err = router.route(signal("orders", "c", SignalStatus.FAIL, "r", at(0)));
    assertThat(err.path()).isEqualTo("root > team");
  }

  @Test
  void globsMatchWholeValues() {
    assertThat(Glob.of("orders.*").matches("orders.order_placed")).isTrue();
    assertThat(Glob.of("orders.*").matches("xorders.a")).isFalse();
    assertThat(Glob.of("a?c").matches("abc")).isTrue();
    assertThat(Glob.of("a.c").matches("abc")).isFalse();
    assertThat(Glob.of("*").matches(null)).isFalse();
  }
}
