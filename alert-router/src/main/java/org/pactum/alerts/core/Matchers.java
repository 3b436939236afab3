package org.pactum.alerts.core;

import java.util.List;
import java.util.Set;

/**
 * What a route or a silence matches; every given matcher must hold (an absent one matches all).
 *
 * @param contract a glob on the contract id
 * @param check a glob on the check name
 * @param team the owner's team, exactly
 * @param severities any of these severities
 * @param dataset a glob on the dataset key
 * @param tags every one of these tags
 */
public record Matchers(
    Glob contract,
    Glob check,
    String team,
    Set<Severity> severities,
    Glob dataset,
    Set<String> tags) {
  public static final Matchers ALL = new Matchers(null, null, null, Set.of(), null, Set.of());

  public Matchers {
    severities = severities == null ? Set.of() : Set.copyOf(severities);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }

  public static Matchers of(
      String contract,
      String check,
      String team,
      List<String> severities,
      String dataset,
      List<String> tags) {
    return new Matchers(
        blank(contract) ? null : Glob.of(contract.trim()),
        blank(check) ? null : Glob.of(check.trim()),
        blank(team) ? null : team.trim(),
        severities == null
            ? Set.of()
            : Set.copyOf(severities.stream().map(v -> Severity.parse("severity", v)).toList()),
        blank(dataset) ? null : Glob.of(dataset.trim()),
        tags == null ? Set.of() : Set.copyOf(tags));
  }

  public boolean matches(Signal s) {
    return (contract == null || contract.matches(s.contractId()))
        && (check == null || check.matches(s.check()))
        && (team == null || team.equals(s.team()))
        && (severities.isEmpty() || severities.contains(s.severity()))
        && (dataset == null || dataset.matches(s.dataset()))
        && s.tags().containsAll(tags);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
