package org.pactum.alerts.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Signal;

/**
 * PagerDuty Events API v2: a trigger (summary ≤ 1024), acknowledge or resolve per incident, keyed
 * by its dedup key. The stored body has no {@code routing_key}; it is put first when sending.
 */
public final class PagerDutyNotifier implements Notifier {
  private final HttpSender http;
  private final ObjectMapper json = new ObjectMapper();

  PagerDutyNotifier(HttpSender http) {
    this.http = http;
  }

  @Override
  public ReceiverKind kind() {
    return ReceiverKind.PAGERDUTY;
  }

  /** A PagerDuty event about the first incident, without its {@code routing_key}. */
  @Override
  public Map<String, Object> payload(
      NotificationEvent event, List<Incident> incidents, List<Signal> signals) {
    Incident i = incidents.get(0);
    Signal s = signals.isEmpty() ? null : signals.get(0);
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
      payload.put("summary", BodyText.cut(i.summary(), 1024));
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

  @Override
  public SendResult send(OutboxMessage m, Endpoint e) {
    String body;
    try {
      ObjectNode stored = (ObjectNode) json.readTree(m.payload());
      ObjectNode out = json.createObjectNode();
      out.put("routing_key", e.routingKey());
      out.setAll(stored);
      body = json.writeValueAsString(out);
    } catch (IOException ex) {
      return HttpSender.unreadablePayload();
    }
    return http.post(e, body, Map.of(), Notifier::classify);
  }
}
