package org.pactum.checks.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.checks.core.Measurements;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;

/**
 * What a run writes to {@code checks.metric_value}, the history the anomaly baselines learn from.
 */
public final class RunMetrics {
  private RunMetrics() {}

  /**
   * The metrics a run records: every data metric measured (and each column's null rate), the
   * freshness lag and duplicate count of the checks that judge them, and the distributions of drift
   * checks (histogram, value sample, frequencies) — one per metric and column; none for a check
   * that failed to measure.
   *
   * @param now the run's time (a backfilled day's end), for the freshness lag
   */
  public static List<MetricObservation> collect(
      Iterable<ResolvedCheck> checks, Map<String, String> failed, Measurements m, Instant now) {
    Map<String, MetricObservation> byKey = new LinkedHashMap<>();
    for (Map.Entry<MetricKey, Object> e : m.values().entrySet()) {
      MetricKey key = e.getKey();
      if (!key.dataMetric() || key.metric().equals("non_null_count")) {
        continue;
      }
      m.number(key)
          .filter(v -> !v.isNaN())
          .ifPresent(
              v ->
                  byKey.put(
                      key.metric() + "|" + key.column(),
                      new MetricObservation(key.metric(), key.column(), v)));
      if (key.metric().equals("null_count")) {
        long rows = m.count(MetricKey.ROW_COUNT);
        if (rows > 0) {
          byKey.put(
              "null_rate|" + key.column(),
              new MetricObservation("null_rate", key.column(), m.count(key) / (double) rows));
        }
      }
    }
    for (ResolvedCheck rc : checks) {
      if (failed.containsKey(rc.name())) {
        continue;
      }
      if (rc.check() instanceof FreshnessCheck f) {
        m.number(MetricKey.newestEpoch(f.column()))
            .filter(Double::isFinite)
            .ifPresent(
                epoch ->
                    byKey.put(
                        LearnedMetrics.FRESHNESS_LAG + "|" + f.column(),
                        new MetricObservation(
                            LearnedMetrics.FRESHNESS_LAG,
                            f.column(),
                            Measurements.lagSeconds(Measurements.instant(epoch), now))));
      }
      if (rc.check() instanceof MetricCheck mc
          && mc.metric() == Metric.DUPLICATE_COUNT
          && m.has(MetricKey.distinctCount(mc.column()))) {
        byKey.put(
            "duplicate_count|" + mc.column(),
            new MetricObservation("duplicate_count", mc.column(), m.duplicateCount(mc.column())));
      }
      if (!(rc.check() instanceof DriftCheck d)) {
        continue;
      }
      m.histogram(d.name())
          .ifPresent(
              h ->
                  byKey.put(
                      "histogram|" + d.column(),
                      new MetricObservation(
                          HistoryBaselineProvider.HISTOGRAM, d.column(), h.total(), h.toDetail())));
      m.sample(d.name())
          .filter(v -> v.size() >= 2) // an empty load's sample would be no reference for the next
          .ifPresent(
              v ->
                  byKey.put(
                      "sample|" + d.column(),
                      new MetricObservation(
                          HistoryBaselineProvider.SAMPLE, d.column(), v.size(), v.toDetail())));
      m.frequencies(d.name())
          .ifPresent(
              f ->
                  byKey.put(
                      "frequencies|" + d.column(),
                      new MetricObservation(
                          HistoryBaselineProvider.FREQUENCIES,
                          d.column(),
                          f.total(),
                          f.toDetail())));
    }
    return new ArrayList<>(byKey.values());
  }
}
