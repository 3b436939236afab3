package org.pactum.alerts.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The contract owner's channels: the default receivers when no route names any. A Slack channel
 * becomes receiver {@code slack:<channel>}, a PagerDuty service {@code pagerduty:<service>}; the
 * config maps those names to endpoints.
 */
public record Owner(String team, String email, String slack, String pagerduty) {
  public static final Owner NONE = new Owner(null, null, null, null);

  public List<String> defaultReceivers() {
    List<String> names = new ArrayList<>();
    if (slack != null && !slack.isBlank()) {
      names.add("slack:" + slack.trim());
    }
    if (pagerduty != null && !pagerduty.isBlank()) {
      names.add("pagerduty:" + pagerduty.trim());
    }
    return names;
  }
}
