package org.pactum.alerts.delivery;

import java.time.Instant;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.ReceiverKind;

/** A pending notification, as the delivery worker sees it. {@code payload} is JSON text. */
public record OutboxMessage(
    long id,
    String receiver,
    ReceiverKind kind,
    NotificationEvent event,
    String orderingKey,
    String dedupKey,
    String payload,
    int attempts,
    Instant createdAt) {}
