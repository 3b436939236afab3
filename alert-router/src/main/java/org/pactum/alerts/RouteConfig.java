package org.pactum.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.pactum.alerts.core.EscalationPolicy;
import org.pactum.alerts.core.Matchers;
import org.pactum.alerts.core.Route;

/**
 * A node of the routing tree in config (Alertmanager-like):
 *
 * <pre>{@code
 * name: payments
 * match: {contract: "payments.*", team: payments, severity: [critical], dataset: "wh:*", tags: [pii]}
 * receivers: [payments-slack, payments-pd]   # empty: the parent's (the root's: the owner's channels)
 * continue: false
 * criticalAfter: 3                           # unset: the parent's
 * resolveAfter: 2
 * repeatInterval: 4h
 * routes: [...]
 * }</pre>
 */
public class RouteConfig {
  @JsonProperty public String name;
  @Valid @JsonProperty public MatchConfig match = new MatchConfig();
  @JsonProperty public List<String> receivers = new ArrayList<>();

  @JsonProperty("continue")
  public boolean continueMatching;

  @JsonProperty public Integer criticalAfter;
  @JsonProperty public Integer resolveAfter;
  @JsonProperty public Duration repeatInterval;
  @Valid @JsonProperty public List<RouteConfig> routes = new ArrayList<>();

  /** The matchers of one route. */
  public static class MatchConfig {
    @JsonProperty public String contract;
    @JsonProperty public String check;
    @JsonProperty public String team;
    @JsonProperty public List<String> severity = new ArrayList<>();
    @JsonProperty public String dataset;
    @JsonProperty public List<String> tags = new ArrayList<>();
  }

  /** The core's route; {@code defaults} fills the root's unset policy. */
  public Route toRoute(EscalationPolicy inherited, boolean root, String path) {
    EscalationPolicy policy = null;
    if (root || criticalAfter != null || resolveAfter != null || repeatInterval != null) {
      try {
        policy =
            new EscalationPolicy(
                criticalAfter == null ? inherited.criticalAfter() : criticalAfter,
                resolveAfter == null ? inherited.resolveAfter() : resolveAfter,
                repeatInterval == null
                    ? inherited.repeatInterval()
                    : repeatInterval.toJavaDuration());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
    }
    EscalationPolicy forChildren = policy == null ? inherited : policy;
    List<Route> children = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      children.add(routes.get(i).toRoute(forChildren, false, path + ".routes[" + i + "]"));
    }
    MatchConfig m = match == null ? new MatchConfig() : match;
    Matchers matchers;
    try {
      matchers = Matchers.of(m.contract, m.check, m.team, m.severity, m.dataset, m.tags);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ".match." + e.getMessage(), e);
    }
    return new Route(
        name == null ? (root ? "root" : null) : name,
        root ? Matchers.ALL : matchers,
        receivers == null ? List.of() : receivers,
        policy,
        continueMatching,
        children);
  }
}
