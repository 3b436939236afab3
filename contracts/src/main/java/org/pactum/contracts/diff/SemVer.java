package org.pactum.contracts.diff;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.pactum.contracts.parse.ContractParser;

/**
 * A Semantic Versioning 2.0.0 version with its precedence (build metadata ignored, a pre-release
 * lower than its release, pre-release identifiers compared numerically or lexically).
 */
record SemVer(BigInteger major, BigInteger minor, BigInteger patch, List<String> preRelease)
    implements Comparable<SemVer> {

  SemVer {
    preRelease = List.copyOf(preRelease);
  }

  static Optional<SemVer> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ContractParser.SEMVER.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new SemVer(
            new BigInteger(m.group(1)),
            new BigInteger(m.group(2)),
            new BigInteger(m.group(3)),
            m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."))));
  }

  /** Before 1.0.0 anything may change (SemVer item 4): a MINOR bump stands in for a MAJOR one. */
  boolean initialDevelopment() {
    return major.signum() == 0;
  }

  /** How much {@code this} increased over {@code older}; NONE when it did not increase. */
  VersionBump bumpFrom(SemVer older) {
    if (compareTo(older) <= 0) {
      return VersionBump.NONE;
    }
    if (major.compareTo(older.major) > 0) {
      return VersionBump.MAJOR;
    }
    if (minor.compareTo(older.minor) > 0) {
      return VersionBump.MINOR;
    }
    if (patch.compareTo(older.patch) > 0) {
      return VersionBump.PATCH;
    }
    // same core, a later pre-release or the release of a pre-release: the core's bump was
    // already judged when the core first appeared
    return VersionBump.PRERELEASE;
  }

  @Override
  public int compareTo(SemVer o) {
    int c = major.compareTo(o.major);
    if (c == 0) {
      c = minor.compareTo(o.minor);
    }
    if (c == 0) {
      c = patch.compareTo(o.patch);
    }
    if (c != 0) {
      return c;
    }
    if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
      return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
    }
    for (int i = 0; i < Math.min(preRelease.size(), o.preRelease.size()); i++) {
      int d = compareIdentifier(preRelease.get(i), o.preRelease.get(i));
      if (d != 0) {
        return d;
      }
    }
    return Integer.compare(preRelease.size(), o.preRelease.size());
  }

  private static int compareIdentifier(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit);
    boolean nb = b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (na != nb) {
      return na ? -1 : 1; // numeric identifiers have lower precedence
    }
    return a.compareTo(b);
  }

  @Override
  public String toString() {
    return major
        + "."
        + minor
        + "."
        + patch
        + (preRelease.isEmpty() ? "" : "-" + String.join(".", preRelease));
  }
}
