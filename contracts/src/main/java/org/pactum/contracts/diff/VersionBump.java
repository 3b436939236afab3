package org.pactum.contracts.diff;

/** How much a semantic version increased, from none to a new major version. */
public enum VersionBump {
  NONE,
  /** Only the pre-release part increased (e.g. {@code 2.0.0-rc.1 → 2.0.0-rc.2}). */
  PRERELEASE,
  PATCH,
  MINOR,
  MAJOR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
