package org.pactum.lineage.core;

import java.util.Locale;

/** Which way a walk goes: to the sources (UP), to the consumers (DOWN), or both. */
public enum Direction {
  UP,
  DOWN,
  BOTH;

  /** {@code up|down|both}, any case; null means DOWN. */
  public static Direction parse(String text) {
    if (text == null || text.isBlank()) {
      return DOWN;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw LineageException.invalid("direction must be up, down or both, got: " + text);
    }
  }
}
