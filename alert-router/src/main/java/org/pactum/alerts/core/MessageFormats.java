package org.pactum.alerts.core;

import java.util.List;
import java.util.Map;

/**
 * How each receiver kind words a notification: the body its notifier will send, without secrets
 * (built when planning, so the outbox row holds exactly what goes out).
 */
public interface MessageFormats {
  /**
   * @param incidents one incident (PagerDuty) or several of one run and dataset (chat)
   * @param signals the signal behind each incident, by position; an element is null for a timer's
   *     or a person's step
   */
  Map<String, Object> payload(
      ReceiverKind kind, NotificationEvent event, List<Incident> incidents, List<Signal> signals);
}
