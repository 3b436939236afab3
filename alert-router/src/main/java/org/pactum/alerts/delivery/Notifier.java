package org.pactum.alerts.delivery;

import java.util.List;
import java.util.Map;
import org.pactum.alerts.core.DeliveryOutcome;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Signal;

/**
 * The send stage for one receiver kind: it words the body (when the notification is planned, so the
 * outbox holds what goes out, without secrets), sends it with the kind's own rules (secrets added,
 * signatures) and classifies the answer into a {@link DeliveryOutcome} that decides retry.
 */
public interface Notifier {
  ReceiverKind kind();

  /**
   * The body, without secrets.
   *
   * @param signals the signal behind each incident, by position; an element may be null
   */
  Map<String, Object> payload(
      NotificationEvent event, List<Incident> incidents, List<Signal> signals);

  /** One attempt to deliver a stored message to this receiver. */
  SendResult send(OutboxMessage m, Endpoint e);

  /** The common rule: 2xx delivered; 408, 429 and 5xx retried; any other code refused for good. */
  static DeliveryOutcome classify(int statusCode) {
    if (statusCode / 100 == 2) {
      return DeliveryOutcome.DELIVERED;
    }
    return statusCode == 408 || statusCode == 429 || statusCode >= 500
        ? DeliveryOutcome.RETRY
        : DeliveryOutcome.PERMANENT;
  }
}
