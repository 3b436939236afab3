package org.pactum.checks.learn;

import java.time.Instant;
import java.util.List;
import org.pactum.checks.core.MetricKey;

/** Where approved baseline resets are recorded ({@code checks.baseline_reset}). */
public interface BaselineResetLog {
  /**
   * Records, in one transaction, a reset of each metric starting at {@code fromRun}'s observation
   * time (when given) or at {@code approvedAt}, and clears the anomaly flags from then on.
   *
   * @return false when {@code fromRun} is given but has no stored metrics for the dataset
   */
  boolean resetBaseline(
      String dataset,
      List<MetricKey> metrics,
      String approvedBy,
      String reason,
      String fromRun,
      Instant approvedAt);
}
