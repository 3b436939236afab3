package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven schema compatibility modes, with Confluent Schema Registry's meaning.
 *
 * <p>BACKWARD: the new schema can read data written with the latest version. FORWARD: the latest
 * version can read data written with the new schema. FULL: both. The {@code _TRANSITIVE} variants
 * check against every earlier (non-deleted) version instead of the latest only.
 */
public enum CompatibilityMode {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  CompatibilityMode(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /** The new schema must be able to read data written with the existing one(s). */
  public boolean backward() {
    return backward;
  }

  /** The existing schema(s) must be able to read data written with the new one. */
  public boolean forward() {
    return forward;
  }

  /** Check against every earlier version, not only the latest. */
  public boolean transitive() {
    return transitive;
  }

  /**
   * How strict the mode is, for "weakened mode" comparisons: a mode is at least as strict as
   * another when it checks every direction and every version the other does.
   */
  public boolean atLeastAsStrictAs(CompatibilityMode other) {
    return (backward || !other.backward)
        && (forward || !other.forward)
        && (transitive || !other.transitive || other == NONE);
  }

  /** Parses a mode name case-insensitively; empty when the name is not one of the seven. */
  public static Optional<CompatibilityMode> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.name().equals(wanted)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
