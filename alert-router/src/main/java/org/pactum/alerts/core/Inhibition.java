package org.pactum.alerts.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Within one run, a failed freshness check or an ERROR on a dataset makes the other checks of that
 * dataset noise: their notifications are suppressed (and recorded with this reason).
 */
public final class Inhibition {
  private Inhibition() {}

  /** For each inhibited failing signal, why; inhibiting signals themselves are never inhibited. */
  public static Map<Signal, String> inhibited(List<Signal> batch) {
    Map<String, Signal> sources = new HashMap<>();
    for (Signal s : batch) {
      if (inhibits(s)) {
        sources.putIfAbsent(s.runId() + "\u0000" + s.dataset(), s);
      }
    }
    Map<Signal, String> out = new HashMap<>();
    for (Signal s : batch) {
      Signal source = sources.get(s.runId() + "\u0000" + s.dataset());
      if (source != null && !inhibits(s)) {
        String why =
            source.status() == SignalStatus.ERROR
                ? "check " + source.check() + " could not be evaluated"
                : "freshness check " + source.check() + " failed";
        out.put(s, "inhibited: " + why + " on dataset " + s.dataset() + " in run " + s.runId());
      }
    }
    return out;
  }

  static boolean inhibits(Signal s) {
    return s.status() == SignalStatus.ERROR
        || ("freshness".equals(s.checkType()) && s.status() == SignalStatus.FAIL);
  }
}
