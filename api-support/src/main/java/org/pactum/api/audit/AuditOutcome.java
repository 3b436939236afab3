package org.pactum.api.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What became of a write: the API did it (a 2xx or 3xx), or refused it (a 4xx or 5xx). */
public enum AuditOutcome {
  ACCEPTED,
  REFUSED;

  public static AuditOutcome of(int status) {
    return status < 400 ? ACCEPTED : REFUSED;
  }

  /** The lower-case name the API and the UI show and take ({@code accepted}, {@code refused}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The outcome a filter names (any case); empty for anything else. */
  public static Optional<AuditOutcome> parse(String text) {
    return Arrays.stream(values()).filter(o -> o.wireName().equalsIgnoreCase(text)).findFirst();
  }
}
