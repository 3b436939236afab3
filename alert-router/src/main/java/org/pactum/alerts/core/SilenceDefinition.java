package org.pactum.alerts.core;

import java.util.List;

/**
 * A silence's matchers as a person wrote them (globs and lists in their order): what is stored and
 * shown back. {@link #toMatchers} compiles them.
 */
public record SilenceDefinition(
    String contract,
    String check,
    String team,
    List<String> severities,
    String dataset,
    List<String> tags) {
  public SilenceDefinition {
    severities = severities == null ? List.of() : List.copyOf(severities);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public Matchers toMatchers() {
    return Matchers.of(contract, check, team, severities, dataset, tags);
  }
}
