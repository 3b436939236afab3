package org.pactum.alerts.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mutes signals that a silence active at {@code now} matches (the first such silence is named). */
public final class ActiveSilences implements Muter {
  private final List<Silence> silences;
  private final Instant now;

  public ActiveSilences(List<Silence> silences, Instant now) {
    this.silences = List.copyOf(silences);
    this.now = now;
  }

  @Override
  public Optional<Suppression> mute(Signal s) {
    for (Silence x : silences) {
      if (x.mutes(s, now)) {
        return Optional.of(new Suppression.Silenced(x.id(), x.comment()));
      }
    }
    return Optional.empty();
  }
}
