package org.pactum.checks.judge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.checks.core.Status;
import org.pactum.checks.learn.MetricHistory;

/**
 * The default until the {@code anomaly} module is wired: counts the history a baseline would learn
 * from and passes, saying how far learning has got ("learning baseline: 3 of 10 observations"). It
 * never invents a statistic.
 */
public final class LearningOnlyThresholds implements LearnedThresholds {
  private final MetricHistory history;

  public LearningOnlyThresholds(MetricHistory history) {
    this.history = history;
  }

  @Override
  public Verdict judgeAnomaly(AnomalyQuestion q) {
    int prior = history.observationCount(q.dataset(), q.metric(), q.column(), q.runId());
    int have = prior + 1; // this run's observation is stored with its results
    int need = q.spec().minHistory();
    Map<String, Object> band = new LinkedHashMap<>();
    band.put("observations", have);
    band.put("min_history", need);
    if (have < need) {
      return new Verdict(
          Status.PASS, null, "learning baseline: " + have + " of " + need + " observations", band);
    }
    return new Verdict(
        Status.PASS,
        null,
        "baseline has " + have + " observations; no anomaly detector is configured to judge it yet",
        band);
  }

  @Override
  public Verdict judgeDrift(DriftQuestion q) {
    if (q.reference() == null) {
      return new Verdict(
          Status.PASS,
          null,
          "learning baseline: 0 of 1 observations (no reference distribution yet; this run's"
              + " distribution is stored as the reference)",
          Map.of("observations", 0, "min_history", 1));
    }
    return new Verdict(
        Status.PASS,
        null,
        "reference distribution from run "
            + q.reference().runId()
            + " is available; no drift detector is configured to compare it yet",
        Map.of("reference_run", q.reference().runId()));
  }
}
