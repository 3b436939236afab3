package org.pactum.registry.core;

import java.util.Locale;

/** Confluent's modes: what writes a subject (or, globally, the registry) accepts. */
public enum RegistryMode {
  /** Registrations and deletes, with compatibility checks (the default). */
  READWRITE,
  /** No registrations, deletes or config changes through the subject. */
  READONLY,
  /** Registrations with explicit ids and versions, without compatibility checks. */
  IMPORT;

  /** Parses a mode name case-insensitively; {@link InvalidModeException} for anything else. */
  public static RegistryMode parse(String name) {
    if (name != null) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // fall through
      }
    }
    throw new InvalidModeException("Invalid mode. Valid values are READWRITE, READONLY, IMPORT");
  }
}
