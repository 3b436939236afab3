package org.pactum.alerts.core;

/** A notification's place in the outbox. */
public enum NotificationStatus {
  /** Waiting for (another) delivery attempt. */
  PENDING,
  DELIVERED,
  /** Given up: a permanent refusal or too many attempts. */
  FAILED,
  /** Silenced or inhibited; never sent. */
  SUPPRESSED,
  /** No endpoint is configured for the receiver; never sent. */
  UNDELIVERABLE
}
