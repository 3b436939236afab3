package org.pactum.alerts.core;

/** Why a notification is sent. */
public enum NotificationEvent {
  /** An incident opened at warning level (chat receivers). */
  OPEN,
  /** Escalated to critical: PagerDuty trigger, chat note. */
  ESCALATE,
  /** Still open after the repeat interval (chat receivers). */
  REMIND,
  /** Acknowledged by hand: PagerDuty acknowledge, chat note. */
  ACKNOWLEDGE,
  /** Recovered or resolved by hand: PagerDuty resolve, chat recovery message. */
  RESOLVE
}
