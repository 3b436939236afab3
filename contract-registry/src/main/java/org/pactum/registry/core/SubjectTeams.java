package org.pactum.registry.core;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.pactum.api.auth.TeamName;

/**
 * Which team claims a subject no contract owns yet, by the subject's prefix ({@code
 * registry.subjectTeams: {"orders.": checkout}}): the longest matching prefix wins. Empty (the
 * default): no subject is claimed, so a producer registers only under its contracts' subjects.
 */
public record SubjectTeams(Map<String, TeamName> prefixes) {
  public SubjectTeams {
    for (var e : prefixes.entrySet()) {
      if (e.getKey() == null || e.getKey().isEmpty() || e.getValue() == null) {
        throw new IllegalArgumentException(
            "registry.subjectTeams: each entry is a non-empty subject prefix and a team");
      }
    }
    prefixes = Map.copyOf(prefixes);
  }

  public static SubjectTeams none() {
    return new SubjectTeams(Map.of());
  }

  /** The team that claims the subject, if a prefix matches. */
  public Optional<TeamName> claimOf(String subject) {
    return prefixes.entrySet().stream()
        .filter(e -> subject.startsWith(e.getKey()))
        .max(Comparator.comparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getValue);
  }
}
