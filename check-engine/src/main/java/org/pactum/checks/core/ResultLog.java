package org.pactum.checks.core;

import java.util.List;

/**
 * Where runs and their results are recorded ({@code checks.check_run}, {@code check_result}, {@code
 * metric_value}). A run id is written at most once: starting a run that exists replaces it and
 * removes its earlier results and metrics, so repeating a run id never duplicates anything.
 */
public interface ResultLog {
  /** Records (or resets) a run as running. */
  void runStarted(RunRecord run);

  /** Records the outcome, the results and the metric history of a run, atomically. */
  void runFinished(RunRecord run, List<CheckOutcome> results, List<MetricObservation> metrics);
}
