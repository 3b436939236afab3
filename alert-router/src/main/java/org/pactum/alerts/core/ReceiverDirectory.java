package org.pactum.alerts.core;

import java.util.Set;

/** What the router knows of receivers by name (their endpoints and secrets stay elsewhere). */
public interface ReceiverDirectory {
  /** The receiver's kind: configured, or implied by its name; null when unknown. */
  ReceiverKind kind(String name);

  /** Whether an endpoint (URL or routing key) is configured for it. */
  boolean hasEndpoint(String name);

  /** The configured receiver names (those implied by a name only are not listed). */
  default Set<String> names() {
    return Set.of();
  }
}
