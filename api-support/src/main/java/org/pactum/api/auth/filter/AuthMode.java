package org.pactum.api.auth.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether the server asks who is calling ({@code auth.mode}). */
public enum AuthMode {
  /** Every request but the public paths needs valid credentials (the default). */
  REQUIRED,
  /**
   * Nobody is asked; every request runs as {@link org.pactum.api.auth.Principal#unauthenticated()}.
   * Only an explicit {@code auth.mode: none} chooses it; the server warns at start.
   */
  NONE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<AuthMode> parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.name().equals(t)).findFirst();
  }
}
