package org.pactum.registry.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.pactum.contracts.model.CompatibilityMode;

/**
 * Which mode applies to a subject: the subject's own override when set, else the global mode
 * (BACKWARD unless configured otherwise, as in Confluent Schema Registry). Immutable; the {@code
 * with…} methods return changed copies.
 */
public record CompatibilityPolicy(
    CompatibilityMode globalMode, Map<String, CompatibilityMode> overrides) {

  public static final CompatibilityMode DEFAULT_MODE = CompatibilityMode.BACKWARD;

  public CompatibilityPolicy {
    Objects.requireNonNull(globalMode, "globalMode");
    overrides = Map.copyOf(overrides);
  }

  public static CompatibilityPolicy defaults() {
    return new CompatibilityPolicy(DEFAULT_MODE, Map.of());
  }

  public CompatibilityMode modeFor(String subject) {
    return overrides.getOrDefault(subject, globalMode);
  }

  /** The subject's own override, if any (Confluent's {@code GET /config/{subject}}). */
  public Optional<CompatibilityMode> overrideFor(String subject) {
    return Optional.ofNullable(overrides.get(subject));
  }

  public CompatibilityPolicy withGlobalMode(CompatibilityMode mode) {
    return new CompatibilityPolicy(mode, overrides);
  }

  public CompatibilityPolicy withOverride(String subject, CompatibilityMode mode) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(mode, "mode");
    Map<String, CompatibilityMode> copy = new TreeMap<>(overrides);
    copy.put(subject, mode);
    return new CompatibilityPolicy(globalMode, copy);
  }

  public CompatibilityPolicy withoutOverride(String subject) {
    Map<String, CompatibilityMode> copy = new TreeMap<>(overrides);
    copy.remove(subject);
    return new CompatibilityPolicy(globalMode, copy);
  }
}
