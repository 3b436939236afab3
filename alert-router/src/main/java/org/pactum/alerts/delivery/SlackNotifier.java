package org.pactum.alerts.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Signal;

/**
 * Slack incoming webhooks: one Block Kit message about one or more incidents (one run, one
 * dataset), within Slack's limits (≤ 50 blocks, header ≤ 150, section text ≤ 3000, ≤ 10 fields of ≤
 * 2000) with a {@code text} fallback. The webhook URL is the secret; the body is sent as stored.
 */
public final class SlackNotifier implements Notifier {
  static final int MAX_SECTIONS = 45;

  private final HttpSender http;

  SlackNotifier(HttpSender http) {
    this.http = http;
  }

  @Override
  public ReceiverKind kind() {
    return ReceiverKind.SLACK;
  }

  @Override
  public Map<String, Object> payload(
      NotificationEvent event, List<Incident> incidents, List<Signal> signals) {
    Incident first = incidents.get(0);
    String subject =
        incidents.size() == 1
            ? first.contractId() + " · " + first.check()
            : incidents.size() + " checks on " + dataset(first);
    String header = BodyText.cut(prefix(event, incidents.size()) + subject, 150);
    List<Object> blocks = new ArrayList<>();
    blocks.add(Map.of("type", "header", "text", plain(header)));
    int shown = Math.min(incidents.size(), MAX_SECTIONS);
    for (int n = 0; n < shown; n++) {
      Incident i = incidents.get(n);
      List<Object> fields = new ArrayList<>();
      fields.add(md("*Contract*\n" + i.contractId()));
      fields.add(md("*Check*\n" + i.check()));
      fields.add(md("*State*\n" + i.state().name().toLowerCase(Locale.ROOT)));
      fields.add(md("*Consecutive failures*\n" + i.consecutiveFailures()));
      if (!i.dataset().isBlank()) {
        fields.add(md("*Dataset*\n" + i.dataset()));
      }
      if (i.team() != null) {
        fields.add(md("*Team*\n" + i.team()));
      }
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("type", "section");
      section.put("text", md(BodyText.cut(i.summary(), 3000)));
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
    body.put("text", BodyText.cut(text.toString(), 3000));
    body.put("blocks", blocks);
    return body;
  }

  @Override
  public SendResult send(OutboxMessage m, Endpoint e) {
    return http.post(e, m.payload(), Map.of(), Notifier::classify);
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
    return Map.of("type", "mrkdwn", "text", BodyText.cut(text, 2000));
  }
}
