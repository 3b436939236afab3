package org.pactum.registry.core;

import java.util.List;

/** The answer to a compatibility check: Confluent's {@code is_compatible} and {@code messages}. */
public record CompatibilityVerdict(boolean compatible, List<String> messages) {
  public CompatibilityVerdict {
    messages = List.copyOf(messages);
  }
}
