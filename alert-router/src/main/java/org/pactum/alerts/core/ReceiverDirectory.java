package org.pactum.alerts.core;

/** What the router knows of receivers by name (their endpoints and secrets stay elsewhere). */
public interface ReceiverDirectory {
  /** The receiver's kind: configured, or implied by its name; null when unknown. */
  ReceiverKind kind(String name);

  /** Whether an endpoint (URL or routing key) is configured for it. */
  boolean hasEndpoint(String name);
}
