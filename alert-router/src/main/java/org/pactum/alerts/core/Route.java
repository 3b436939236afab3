package org.pactum.alerts.core;

import java.util.List;

/**
 * A node of the routing tree, like Alertmanager's. Unset receivers or policy inherit from the
 * parent; the root's receivers default to the contract owner's channels.
 *
 * @param name for route-test output
 * @param matchers what the node matches (the root matches everything)
 * @param receivers receiver names; empty: inherit
 * @param policy escalation policy; null: inherit
 * @param continueMatching after this node matches, try its later siblings too
 * @param routes child nodes, tried in order
 */
public record Route(
    String name,
    Matchers matchers,
    List<String> receivers,
    EscalationPolicy policy,
    boolean continueMatching,
    List<Route> routes) {
  public Route {
    matchers = matchers == null ? Matchers.ALL : matchers;
    receivers = receivers == null ? List.of() : List.copyOf(receivers);
    routes = routes == null ? List.of() : List.copyOf(routes);
  }

  /** The default tree: one root, owner channels, the default policy. */
  public static Route defaultRoot() {
    return new Route("root", Matchers.ALL, List.of(), EscalationPolicy.DEFAULT, false, List.of());
  }
}
