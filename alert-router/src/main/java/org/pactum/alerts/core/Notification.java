package org.pactum.alerts.core;

import java.time.Instant;

/**
 * A notification as recorded in the outbox (without its payload, which may name a channel).
 *
 * @param kind null for a receiver of unknown kind
 * @param reason why it is suppressed, undeliverable, failed or retrying; null otherwise
 * @param attempts delivery attempts so far
 */
public record Notification(
    long id,
    String receiver,
    ReceiverKind kind,
    NotificationEvent event,
    NotificationStatus status,
    String reason,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant finishedAt) {}
