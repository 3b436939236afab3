package org.pactum.alerts.core;

import java.util.Locale;

/** A notifier type. Chat receivers hear every event; PagerDuty only pages on critical. */
public enum ReceiverKind {
  SLACK,
  PAGERDUTY,
  WEBHOOK;

  public boolean chat() {
    return this != PAGERDUTY;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReceiverKind parse(String field, String value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required: slack, pagerduty or webhook");
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " must be slack, pagerduty or webhook, not '" + value + "'");
    }
  }

  /** The kind a receiver name implies ({@code slack:…}, {@code pagerduty:…}), if any. */
  public static ReceiverKind fromName(String name) {
    if (name.startsWith("slack:")) {
      return SLACK;
    }
    if (name.startsWith("pagerduty:")) {
      return PAGERDUTY;
    }
    if (name.startsWith("webhook:")) {
      return WEBHOOK;
    }
    return null;
  }
}
