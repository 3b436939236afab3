package org.pactum.alerts.core;

import java.time.Instant;

/** Mutes notifications for matching signals between {@code startsAt} and {@code endsAt}. */
public record Silence(
    Long id,
    Matchers matchers,
    Instant startsAt,
    Instant endsAt,
    String createdBy,
    String comment) {
  public boolean activeAt(Instant now) {
    return !now.isBefore(startsAt) && now.isBefore(endsAt);
  }

  public boolean mutes(Signal s, Instant now) {
    return activeAt(now) && matchers.matches(s);
  }
}
