package org.pactum.checks.db;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactum.checks.core.CheckOutcome;

/**
 * Which of a run's metrics were outliers of their anomaly check, from the learned band stored with
 * each result ({@code thresholds.anomaly.band}: {@code outlier}, {@code metric}, {@code column}).
 * Those metric values are stored as {@code anomalous} and not learned from.
 */
final class AnomalyFlags {
  private AnomalyFlags() {}

  static String key(String metric, String column) {
    return metric + "\u0000" + (column == null ? "" : column);
  }

  static Set<String> outliers(List<CheckOutcome> results) {
    Set<String> keys = new HashSet<>();
    for (CheckOutcome r : results) {
      if (r.thresholds().get("anomaly") instanceof Map<?, ?> anomaly
          && anomaly.get("band") instanceof Map<?, ?> band
          && Boolean.TRUE.equals(band.get("outlier"))
          && band.get("metric") instanceof String metric) {
        keys.add(key(metric, band.get("column") instanceof String c ? c : ""));
      }
    }
    return keys;
  }
}
