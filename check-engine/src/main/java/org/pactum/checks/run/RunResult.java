package org.pactum.checks.run;

import java.util.List;
import java.util.Optional;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.Status;
import org.pactum.checks.plan.ScanPlan;

/**
 * What a finished run found: the {@link Run} and its check outcomes, with what the engine measured
 * and how.
 *
 * @param run the finished run
 * @param results one outcome per check, in contract order
 * @param metrics the metrics stored as history
 * @param plan the compiled plan, when compilation got that far, else null
 */
public record RunResult(
    Run run, List<CheckOutcome> results, List<MetricObservation> metrics, ScanPlan plan) {
  public RunResult {
    if (!run.state().finished()) {
      throw new IllegalArgumentException("a result is of a finished run, not a " + run.state());
    }
    results = List.copyOf(results);
    metrics = List.copyOf(metrics);
  }

  /** The run's verdict: the worst check status (ERROR when the run could not judge some check). */
  public Status status() {
    return run.state().verdict();
  }

  public Optional<CheckOutcome> result(String checkName) {
    return results.stream().filter(r -> r.checkName().equals(checkName)).findFirst();
  }
}
