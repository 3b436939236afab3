package org.pactum.alerts.core;

/**
 * What one delivery attempt came to, as its notifier classifies the answer; it decides whether the
 * notification is retried.
 */
public enum DeliveryOutcome {
  /** The receiver took it. */
  DELIVERED,
  /** No answer, or one worth trying again (408, 429, 5xx). */
  RETRY,
  /** Refused for good (another 4xx): the receiver is misconfigured. */
  PERMANENT,
  /** Would retry, but the attempts are used up. */
  GAVE_UP;

  public boolean retries() {
    return this == RETRY;
  }
}
