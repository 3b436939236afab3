package org.pactum.checks.learn;

import java.util.List;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RowCountCheck;

/** The stored metrics a check's learned baseline reads: what a baseline reset restarts. */
public final class LearnedMetrics {
  /** The metric a freshness check's lag is stored and learned as. */
  public static final String FRESHNESS_LAG = "freshness_lag";

  private LearnedMetrics() {}

  /** The metrics the check learns from; empty when it has no learned criterion. */
  public static List<MetricKey> of(Check check) {
    if (check instanceof RowCountCheck c && c.anomaly() != null) {
      return List.of(MetricKey.ROW_COUNT);
    }
    if (check instanceof NullRateCheck c && c.anomaly() != null) {
      return List.of(MetricKey.column("null_rate", c.column()));
    }
    if (check instanceof MetricCheck c && c.anomaly() != null) {
      return List.of(MetricKey.column(c.metric().yamlName(), c.column()));
    }
    if (check instanceof FreshnessCheck c && c.anomaly() != null) {
      return List.of(MetricKey.column(FRESHNESS_LAG, c.column()));
    }
    if (check instanceof DriftCheck c) {
      return List.of(
          MetricKey.column(HistoryBaselineProvider.HISTOGRAM, c.column()),
          MetricKey.column(HistoryBaselineProvider.FREQUENCIES, c.column()),
          MetricKey.column(HistoryBaselineProvider.SAMPLE, c.column()));
    }
    return List.of();
  }
}
