package org.pactum.contracts.diff;

import java.util.Locale;

/** How much a semantic version increased, from none to a new major version. */
public enum VersionBump {
  NONE,
  /** Only the pre-release part increased (e.g. {@code 2.0.0-rc.1 → 2.0.0-rc.2}). */
  PRERELEASE,
  PATCH,
  MINOR,
  MAJOR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
