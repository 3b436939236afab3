package org.pactum.checks.core;

import java.time.Instant;
import java.util.List;

/**
 * Where runs and their results are recorded ({@code checks.check_run}, {@code check_result}, {@code
 * metric_value}). A run id is written at most once: starting a run that exists replaces it and
 * removes its earlier results and metrics, so repeating a run id never duplicates anything.
 */
public interface ResultLog {
  /** Records (or resets) a run as running. */
  void runStarted(Run run);

  /**
   * Records the outcome, the results and the metric history of a finished run, atomically.
   *
   * @param metricsObservedAt when the measured data is from (a backfilled day's end), the time the
   *     metrics are stored at
   */
  void runFinished(
      Run run,
      List<CheckOutcome> results,
      List<MetricObservation> metrics,
      Instant metricsObservedAt);
}
