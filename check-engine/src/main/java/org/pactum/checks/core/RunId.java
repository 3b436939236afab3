package org.pactum.checks.core;

import java.util.Objects;
import java.util.UUID;

/**
 * A check run's id: the caller's (repeating it replaces that run's results) or generated — here and
 * nowhere else — as a random UUID.
 */
public record RunId(String value) {
  public RunId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a run id is not blank");
    }
  }

  /** A new random run id. */
  public static RunId generate() {
    return new RunId(UUID.randomUUID().toString());
  }

  /** The caller's id, or a generated one when it is null or blank. */
  public static RunId orGenerate(String callers) {
    return callers == null || callers.isBlank() ? generate() : new RunId(callers);
  }

  @Override
  public String toString() {
    return value;
  }
}
