package org.pactum.registry.core.schema;

/** Which way data flows in one compatibility check. */
public enum Direction {
  /** The new schema reads data written with an existing version. */
  BACKWARD,
  /** An existing version reads data written with the new schema. */
  FORWARD;

  /** Who reads, for messages: "the new schema" or "version N". */
  public String reader(Integer version) {
    return this == BACKWARD ? "the new schema" : versionLabel(version);
  }

  /** Who writes, for messages. */
  public String writer(Integer version) {
    return this == BACKWARD ? versionLabel(version) : "the new schema";
  }

  private static String versionLabel(Integer version) {
    return version == null ? "the existing schema" : "version " + version;
  }
}
