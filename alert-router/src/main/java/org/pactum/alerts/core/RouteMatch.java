package org.pactum.alerts.core;

import java.util.List;

/** A leaf the signal reached: the path of route names, its receivers and policy. */
public record RouteMatch(String path, List<String> receivers, EscalationPolicy policy) {
  public RouteMatch {
    receivers = List.copyOf(receivers);
  }
}
