package org.pactum.alerts.delivery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.MessageFormats;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Signal;

/** One notifier per receiver kind, sharing one HTTP client; the planner's message formats. */
public final class Notifiers implements MessageFormats {
  private final Map<ReceiverKind, Notifier> byKind = new EnumMap<>(ReceiverKind.class);

  /**
   * @param requestTimeout the longest one HTTP request may take
   */
  public Notifiers(Duration requestTimeout) {
    HttpSender http = new HttpSender(requestTimeout);
    for (Notifier n :
        List.of(new SlackNotifier(http), new PagerDutyNotifier(http), new WebhookNotifier(http))) {
      byKind.put(n.kind(), n);
    }
  }

  public Notifier of(ReceiverKind kind) {
    return byKind.get(kind);
  }

  @Override
  public Map<String, Object> payload(
      ReceiverKind kind, NotificationEvent event, List<Incident> incidents, List<Signal> signals) {
    return of(kind).payload(event, incidents, signals);
  }
}
