package org.pactum.alerts.core;

import java.util.List;
import java.util.Optional;

/**
 * The mute stage (Alertmanager's inhibit and silence): whether a signal's notifications are held
 * back, and why. Implemented by {@link Inhibition} and {@link ActiveSilences}.
 */
public interface Muter {
  Optional<Suppression> mute(Signal s);

  /** The first muter that mutes the signal wins. */
  static Muter firstOf(List<Muter> muters) {
    List<Muter> all = List.copyOf(muters);
    return s -> {
      for (Muter m : all) {
        Optional<Suppression> why = m.mute(s);
        if (why.isPresent()) {
          return why;
        }
      }
      return Optional.empty();
    };
  }
}
