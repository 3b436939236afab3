package org.pactum.alerts.core;

import java.time.Instant;

/**
 * Mutes notifications for matching signals between {@code startsAt} and {@code endsAt}.
 *
 * @param id null until stored
 * @param matchers what it mutes, compiled from {@code definition}
 * @param definition the matchers as written (null for a silence made in code from matchers)
 * @param createdAt when it was first stored; null until then
 */
public record Silence(
    Long id,
    Matchers matchers,
    Instant startsAt,
    Instant endsAt,
    String createdBy,
    String comment,
    SilenceDefinition definition,
    Instant createdAt) {

  /** A silence from compiled matchers only (not stored). */
  public Silence(
      Long id,
      Matchers matchers,
      Instant startsAt,
      Instant endsAt,
      String createdBy,
      String comment) {
    this(id, matchers, startsAt, endsAt, createdBy, comment, null, null);
  }

  /** A silence as written; fails (naming the matcher) on a bad glob or severity. */
  public static Silence of(
      Long id,
      SilenceDefinition definition,
      Instant startsAt,
      Instant endsAt,
      String createdBy,
      String comment,
      Instant createdAt) {
    return new Silence(
        id, definition.toMatchers(), startsAt, endsAt, createdBy, comment, definition, createdAt);
  }

  public boolean activeAt(Instant now) {
    return !now.isBefore(startsAt) && now.isBefore(endsAt);
  }

  public boolean mutes(Signal s, Instant now) {
    return activeAt(now) && matchers.matches(s);
  }
}
