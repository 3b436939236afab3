package org.pactum.alerts.delivery;

import java.net.URI;
import java.time.Duration;
import org.pactum.alerts.core.ReceiverKind;

/**
 * Where and how to deliver to one receiver. Holds secrets (the URL of a Slack webhook, a routing
 * key, a signing secret): never log it, never store it; {@link #toString} hides them.
 *
 * @param minInterval the least time between two messages to this receiver (Slack: about 1/s)
 */
public record Endpoint(
    String receiver,
    ReceiverKind kind,
    URI uri,
    String routingKey,
    String signingSecret,
    Duration minInterval) {
  @Override
  public String toString() {
    return "Endpoint[" + receiver + ", " + kind.wire() + "]";
  }
}
