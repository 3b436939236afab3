package org.pactum.alerts.db;

import java.util.List;
import org.pactum.alerts.core.Matchers;
import org.pactum.alerts.core.Silence;

/** Silence rows ↔ the core's silences. */
public final class Silences {
  private Silences() {}

  public static Silence toSilence(SilenceRow r) {
    return new Silence(
        r.id(),
        Matchers.of(
            r.contract(),
            r.checkName(),
            r.team(),
            r.severities() == null ? List.of() : List.of(r.severities()),
            r.dataset(),
            r.tags() == null ? List.of() : List.of(r.tags())),
        r.startsAt(),
        r.endsAt(),
        r.createdBy(),
        r.comment());
  }
}
