package org.pactum.alerts.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies sent to each kind of receiver, within the services' limits: PagerDuty Events API v2
 * (summary ≤ 1024), Slack Block Kit (≤ 50 blocks, header ≤ 150, section text ≤ 3000, ≤ 10 fields of
 * ≤ 2000) with a {@code text} fallback, and Pactum's generic webhook JSON. No secrets: the routing
 * key and the webhook signature are added when sending.
 */
public final class Payloads {
  static final int MAX_SECTIONS = 45;

  private Payloads() {}

  /** A PagerDuty event without its {@code routing_key}. */
  public static Map<String, Object> pagerDuty(NotificationEvent event, Incident i, Signal s) {
    Map<String, Object> body = new LinkedHashMap<>();
    String action =
        switch (event) {
          case RESOLVE -> "resolve";
          case ACKNOWLEDGE -> "acknowledge";
          default -> "trigger";
        };
    body.put("event_action", action);
    body.put("dedup_key", i.dedupKey());
    if (action.equals("trigger")) {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("summary", cut(i.summary(), 1024));
      payload.put("source", i.dataset().isBlank() ? i.contractId() : i.dataset());
      payload.put("severity", "critical");
      payload.put("timestamp", i.updatedAt().toString());
      payload.put("component", i.contractId());
      payload.put("group", i.team() == null ? "unowned" : i.team());
      payload.put("class", s == null || s.checkType().isBlank() ? "check" : s.checkType());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("check", i.check());
      details.put("consecutive_failures", i.consecutiveFailures());
      details.put("could_not_evaluate", i.errored());
      details.put("run_id", i.lastRunId());
      if (s != null) {
        details.put("status", s.status().name());
        details.putAll(s.details());
      }
      payload.put("custom_details", details);
      body.put("payload", payload);
      if (i.link() != null) {
        body.put("links", List.of(Map.of("href", i.link(), "text", "Pactum check run")));
      }
      body.put("client", "Pactum");
    }
    return body;
  }

  /** One Slack message about one or more incidents (one run, one dataset). */
  public static Map<String, Object> slack(NotificationEvent event, List<Incident> incidents) {
    Incident first = incidents.get(0);
    String subject =
        incidents.size() == 1
            ? first.contractId() + " · " + first.check()
            : incidents.size() + " checks on " + dataset(first);
    String header = cut(prefix(event, incidents.size()) + subject, 150);
    List<Object> blocks = new ArrayList<>();
    blocks.add(Map.of("type", "header", "text", plain(header)));
    int shown = Math.min(incidents.size(), MAX_SECTIONS);
    for (int n = 0; n < shown; n++) {
      Incident i = incidents.get(n);
      List<Object> fields = new ArrayList<>();
      fields.add(md("*Contract*\n" + i.contractId()));
      fields.add(md("*Check*\n" + i.check()));
      fields.add(md("*State*\n" + i.state().name().toLowerCase(java.util.Locale.ROOT)));
      fields.add(md("*Consecutive failures*\n" + i.consecutiveFailures()));
      if (!i.dataset().isBlank()) {
        fields.add(md("*Dataset*\n" + i.dataset()));
      }
      if (i.team() != null) {
        fields.add(md("*Team*\n" + i.team()));
      }
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("type", "section");
      section.put("text", md(cut(i.summary(), 3000)));
      section.put("fields", fields);
      blocks.add(section);
    }
    List<Object> context = new ArrayList<>();
    if (incidents.size() > shown) {
      context.add(md("… and " + (incidents.size() - shown) + " more"));
    }
    if (first.link() != null) {
      context.add(md("<" + first.link() + "|Check run " + first.lastRunId() + "> · Pactum"));
    } else {
      context.add(md("Pactum"));
    }
    blocks.add(Map.of("type", "context", "elements", context));
    StringBuilder text = new StringBuilder(header);
    for (Incident i : incidents.subList(0, shown)) {
      text.append("\n• ").append(i.summary());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", cut(text.toString(), 3000));
    body.put("blocks", blocks);
    return body;
  }

  /** Pactum's generic webhook body. */
  public static Map<String, Object> webhook(
      NotificationEvent event, List<Incident> incidents, List<Signal> signals) {
    List<Object> items = new ArrayList<>();
    for (int n = 0; n < incidents.size(); n++) {
      Incident i = incidents.get(n);
      Signal s = n < signals.size() ? signals.get(n) : null;
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("contract_id", i.contractId());
      item.put("check", i.check());
      item.put("dataset", i.dataset());
      item.put("team", i.team());
      item.put("state", i.state().name());
      item.put("dedup_key", i.dedupKey());
      item.put("consecutive_failures", i.consecutiveFailures());
      item.put("summary", i.summary());
      item.put("run_id", i.lastRunId());
      item.put("link", i.link());
      if (s != null) {
        item.put("status", s.status().name());
        item.put("details", s.details());
      }
      items.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", event.name().toLowerCase(java.util.Locale.ROOT));
    body.put("source", "pactum");
    body.put("incidents", items);
    return body;
  }

  private static String prefix(NotificationEvent event, int count) {
    String s = count == 1 ? "" : "s";
    return switch (event) {
      case OPEN -> "Check" + s + " failing: ";
      case ESCALATE -> "Escalated to critical: ";
      case REMIND -> "Still failing: ";
      case ACKNOWLEDGE -> "Acknowledged: ";
      case RESOLVE -> "Recovered: ";
    };
  }

  private static String dataset(Incident i) {
    return i.dataset().isBlank() ? i.contractId() : i.dataset();
  }

  private static Map<String, Object> plain(String text) {
    return Map.of("type", "plain_text", "text", text);
  }

  private static Map<String, Object> md(String text) {
    return Map.of("type", "mrkdwn", "text", cut(text, 2000));
  }

  static String cut(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
