package org.pactum.alerts.db;

import java.util.List;
import org.pactum.alerts.core.Silence;
import org.pactum.alerts.core.SilenceDefinition;

/** Silence rows ↔ the core's silences. */
final class Silences {
  private Silences() {}

  static Silence toSilence(SilenceRow r) {
    return Silence.of(
        r.id(),
        new SilenceDefinition(
            r.contract(),
            r.checkName(),
            r.team(),
            r.severities() == null ? List.of() : List.of(r.severities()),
            r.dataset(),
            r.tags() == null ? List.of() : List.of(r.tags())),
        r.startsAt(),
        r.endsAt(),
        r.createdBy(),
        r.comment(),
        r.createdAt());
  }

  /** The row of a silence written from a definition. */
  static SilenceRow toRow(Silence s) {
    SilenceDefinition d = s.definition();
    if (d == null) {
      throw new IllegalArgumentException("only a silence with its definition can be stored");
    }
    return new SilenceRow(
        s.id() == null ? 0 : s.id(),
        d.contract(),
        d.check(),
        d.team(),
        d.severities().toArray(String[]::new),
        d.dataset(),
        d.tags().toArray(String[]::new),
        s.startsAt(),
        s.endsAt(),
        s.createdBy(),
        s.comment(),
        s.createdAt());
  }
}
