package org.pactum.contracts.diff;

import java.util.List;

/**
 * The semantic changes between two versions of a contract, errors first (then warnings, then infos;
 * within a severity, changes in the new file before those in the old one, by position).
 */
public record ContractDiff(List<SemanticChange> changes) {

  public ContractDiff {
    changes = List.copyOf(changes);
  }

  /** Whether the versions differ in any way the diff reports. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Whether any change is an {@link ChangeSeverity#ERROR}: the build should fail. */
  public boolean breaking() {
    return changes.stream().anyMatch(SemanticChange::isError);
  }

  public List<SemanticChange> errors() {
    return bySeverity(ChangeSeverity.ERROR);
  }

  public List<SemanticChange> warnings() {
    return bySeverity(ChangeSeverity.WARNING);
  }

  public List<SemanticChange> infos() {
    return bySeverity(ChangeSeverity.INFO);
  }

  public List<SemanticChange> bySeverity(ChangeSeverity severity) {
    return changes.stream().filter(c -> c.severity() == severity).toList();
  }

  public List<SemanticChange> ofKind(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * The smallest version bump these changes call for, ignoring the version findings themselves:
   * MAJOR for any error, MINOR for any warning, PATCH for infos only, NONE for no change.
   */
  public VersionBump requiredBump() {
    return requiredBump(changes);
  }

  static VersionBump requiredBump(List<SemanticChange> changes) {
    VersionBump bump = VersionBump.NONE;
    for (SemanticChange c : changes) {
      if (VersionRule.KINDS.contains(c.kind())) {
        continue;
      }
      VersionBump needed =
          switch (c.severity()) {
            case ERROR -> VersionBump.MAJOR;
            case WARNING -> VersionBump.MINOR;
            case INFO -> VersionBump.PATCH;
          };
      if (needed.compareTo(bump) > 0) {
        bump = needed;
      }
    }
    return bump;
  }
}
