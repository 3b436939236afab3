package org.pactum.registry.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pactum.contracts.model.CompatibilityMode;

/**
 * The outcome of checking a new schema under a mode: which versions were checked, every
 * incompatibility (each with the version and direction it was found in) and the non-breaking notes.
 * Immutable.
 */
public record CompatibilityResult(
    CompatibilityMode mode,
    List<Integer> checkedVersions,
    List<Incompatibility> incompatibilities,
    List<CompatibilityNote> notes) {

  public CompatibilityResult {
    Objects.requireNonNull(mode, "mode");
    checkedVersions = List.copyOf(checkedVersions);
    incompatibilities = List.copyOf(incompatibilities);
    notes = List.copyOf(notes);
  }

  public boolean isCompatible() {
    return incompatibilities.isEmpty();
  }

  /** The incompatibilities found against one version, in the order found. */
  public List<Incompatibility> against(int version) {
    return incompatibilities.stream()
        .filter(i -> i.againstVersion() != null && i.againstVersion() == version)
        .toList();
  }

  /**
   * The {@code messages} of Confluent's verbose compatibility response: for each version that
   * failed, its differences followed by {@code {oldSchemaVersion: n}}, then the mode as {@code
   * {compatibility: 'BACKWARD'}}. Empty when compatible.
   */
  public List<String> confluentMessages() {
    if (incompatibilities.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Incompatibility>> byVersion = new LinkedHashMap<>();
    for (Incompatibility i : incompatibilities) {
      byVersion.computeIfAbsent(i.againstVersion(), v -> new ArrayList<>()).add(i);
    }
    List<String> messages = new ArrayList<>();
    byVersion.forEach(
        (version, found) -> {
          found.forEach(i -> messages.add(i.toConfluentString()));
          if (version != null) {
            messages.add("{oldSchemaVersion: " + version + "}");
          }
        });
    messages.add("{compatibility: '" + mode + "'}");
    return List.copyOf(messages);
  }
}
