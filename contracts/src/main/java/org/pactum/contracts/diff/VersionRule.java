package org.pactum.contracts.diff;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pactum.contracts.model.DataContract;

/**
 * The SemVer rule for contract documents. The bump a diff requires follows from its most severe
 * change: an error (a broken guarantee) needs a MAJOR bump, a warning (a new or stricter guarantee)
 * a MINOR bump, an info a PATCH bump. Before 1.0.0 (initial development, SemVer item 4) a MINOR
 * bump stands in for a MAJOR one. A later pre-release of the same version ({@code 2.0.0-rc.1 →
 * 2.0.0-rc.2}, {@code 2.0.0-rc.2 → 2.0.0}) satisfies any requirement: its bump was judged when that
 * version first appeared.
 */
final class VersionRule {

  /** The kinds this rule reports; they do not count towards the required bump. */
  static final Set<ChangeKind> KINDS =
      EnumSet.of(
          ChangeKind.VERSION_NOT_BUMPED,
          ChangeKind.VERSION_BUMP_TOO_SMALL,
          ChangeKind.VERSION_DECREASED);

  List<SemanticChange> check(
      DataContract before, DataContract after, List<SemanticChange> changes) {
    Optional<SemVer> was = SemVer.parse(before.version());
    Optional<SemVer> now = SemVer.parse(after.version());
    Findings f = new Findings(before, after);
    if (was.isEmpty() || now.isEmpty()) {
      return f.changes();
    }
    SemVer old = was.get();
    SemVer neu = now.get();
    VersionBump required = ContractDiff.requiredBump(changes);
    if (required == VersionBump.MAJOR && old.initialDevelopment()) {
      required = VersionBump.MINOR;
    }
    long errors = changes.stream().filter(SemanticChange::isError).count();
    String change = "version " + before.version() + " → " + after.version();
    if (neu.compareTo(old) < 0) {
      f.afterAt(
          ChangeKind.VERSION_DECREASED,
          ChangeSeverity.ERROR,
          "version",
          change + " decreased: versions of a contract only go up",
          "use a version above " + before.version() + ", e.g. " + next(old, required));
      return f.changes();
    }
    VersionBump actual = neu.bumpFrom(old);
    if (required == VersionBump.NONE || actual == VersionBump.PRERELEASE) {
      return f.changes();
    }
    if (actual == VersionBump.NONE) {
      boolean guarantees = required.compareTo(VersionBump.MINOR) >= 0;
      f.afterAt(
          ChangeKind.VERSION_NOT_BUMPED,
          guarantees ? ChangeSeverity.ERROR : ChangeSeverity.WARNING,
          "version",
          "version "
              + after.version()
              + " not bumped although "
              + (guarantees ? "the guarantees changed" : "the contract changed")
              + ": a "
              + required.label()
              + " bump is required",
          "set version: " + next(old, required));
    } else if (actual.compareTo(required) < 0) {
      boolean breaking = errors > 0;
      f.afterAt(
          ChangeKind.VERSION_BUMP_TOO_SMALL,
          breaking ? ChangeSeverity.ERROR : ChangeSeverity.WARNING,
          "version",
          change
              + " is a "
              + actual.label()
              + " bump, but "
              + (breaking
                  ? errors + " breaking " + (errors == 1 ? "change requires" : "changes require")
                  : "new or stricter guarantees require")
              + " a "
              + required.label()
              + " bump",
          "set version: " + next(old, required));
    }
    return f.changes();
  }

  /** The smallest release version above {@code v} with the {@code bump}. */
  static String next(SemVer v, VersionBump bump) {
    BigInteger one = BigInteger.ONE;
    return switch (bump) {
      case MAJOR -> v.major().add(one) + ".0.0";
      case MINOR -> v.major() + "." + v.minor().add(one) + ".0";
      case PATCH, PRERELEASE, NONE ->
          v.preRelease().isEmpty()
              ? v.major() + "." + v.minor() + "." + v.patch().add(one)
              : v.major() + "." + v.minor() + "." + v.patch();
    };
  }
}
