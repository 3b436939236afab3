package org.pactum.alerts.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Walks the routing tree like Alertmanager: depth first, a matching child is entered, and siblings
 * after it are tried only if it has {@code continue}; a node none of whose children match is the
 * result itself.
 */
public final class Router {
  private final Route root;

  public Router(Route root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /** Every route the signal reaches, in order (at least the root). */
  public List<RouteMatch> matches(Signal s) {
    List<RouteMatch> out = new ArrayList<>();
    List<String> rootReceivers =
        root.receivers().isEmpty() ? s.owner().defaultReceivers() : root.receivers();
    EscalationPolicy rootPolicy = root.policy() == null ? EscalationPolicy.DEFAULT : root.policy();
    walk(root, s, name(root, "root"), rootReceivers, rootPolicy, out);
    return out;
  }

  /** The union of receivers over every matching route, and the first match's policy. */
  public RouteMatch route(Signal s) {
    List<RouteMatch> all = matches(s);
    LinkedHashSet<String> receivers = new LinkedHashSet<>();
    all.forEach(m -> receivers.addAll(m.receivers()));
    return new RouteMatch(
        String.join(", ", all.stream().map(RouteMatch::path).toList()),
        List.copyOf(receivers),
        all.get(0).policy());
  }

  private void walk(
      Route node,
      Signal s,
      String path,
      List<String> receivers,
      EscalationPolicy policy,
      List<RouteMatch> out) {
    boolean matchedChild = false;
    for (int i = 0; i < node.routes().size(); i++) {
      Route child = node.routes().get(i);
      if (!child.matchers().matches(s)) {
        continue;
      }
      matchedChild = true;
      walk(
          child,
          s,
          path + " > " + name(child, "routes[" + i + "]"),
          child.receivers().isEmpty() ? receivers : child.receivers(),
          child.policy() == null ? policy : child.policy(),
          out);
      if (!child.continueMatching()) {
        break;
      }
    }
    if (!matchedChild) {
      out.add(new RouteMatch(path, receivers, policy));
    }
  }

  private static String name(Route r, String fallback) {
    return r.name() == null || r.name().isBlank() ? fallback : r.name();
  }
}
