package org.pactum.checks.core;

import java.util.Objects;
import java.util.UUID;

/**
 * A check run's id: the caller's (repeating it replaces that run's results) or, when a {@link
 * RunRequest} names none, generated — by {@link #generate()}, called from there and nowhere else —
 * as a random UUID.
 */
public record RunId(String value) {
  public RunId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a run id is not blank");
    }
  }

  /** A new random run id, for a request that names none. */
  static RunId generate() {
    return new RunId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
