package org.pactum.alerts.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Within one run, a failed freshness check or an ERROR on a dataset makes the other checks of that
 * dataset noise: their notifications are suppressed (and recorded with this reason).
 */
public final class Inhibition implements Muter {
  private final Map<Signal, Suppression.Inhibited> inhibited;

  private Inhibition(Map<Signal, Suppression.Inhibited> inhibited) {
    this.inhibited = inhibited;
  }

  /** The inhibitions within one batch of signals (one run's, usually). */
  public static Inhibition of(List<Signal> batch) {
    return new Inhibition(inhibited(batch));
  }

  /** A failing signal another one of its run and dataset inhibits; passes are never muted. */
  @Override
  public Optional<Suppression> mute(Signal s) {
    return s.status().failing() ? Optional.ofNullable(inhibited.get(s)) : Optional.empty();
  }

  /** For each inhibited signal, why; inhibiting signals themselves are never inhibited. */
  public static Map<Signal, Suppression.Inhibited> inhibited(List<Signal> batch) {
    Map<String, Signal> sources = new HashMap<>();
    for (Signal s : batch) {
      if (inhibits(s)) {
        sources.putIfAbsent(s.runId() + "\u0000" + s.dataset(), s);
      }
    }
    Map<Signal, Suppression.Inhibited> out = new HashMap<>();
    for (Signal s : batch) {
      Signal source = sources.get(s.runId() + "\u0000" + s.dataset());
      if (source != null && !inhibits(s)) {
        out.put(
            s,
            new Suppression.Inhibited(
                source.check(), source.status() == SignalStatus.ERROR, s.dataset(), s.runId()));
      }
    }
    return out;
  }

  static boolean inhibits(Signal s) {
    return s.status() == SignalStatus.ERROR
        || ("freshness".equals(s.checkType()) && s.status() == SignalStatus.FAIL);
  }
}
