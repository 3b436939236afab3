package org.pactum.checks.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.MeasuredRun;
import org.pactum.checks.core.Measurements;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Status;
import org.pactum.checks.judge.CheckEvaluator;
import org.pactum.checks.learn.RunMetrics;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.contracts.model.Check;

/**
 * Judges a {@link MeasuredRun} as a scan's measurements are judged — {@link CheckEvaluator},
 * learned thresholds from the dataset's own history — and records the run, its results and its data
 * metrics (the history the next window's anomaly checks learn from) in the result log.
 */
final class MeasuredRunJudge {
  private final EngineServices services;

  MeasuredRunJudge(EngineServices services) {
    this.services = services;
  }

  RunResult judge(MeasuredRun measured) {
    Run run =
        new Run(
            measured.id(),
            measured.contract().id(),
            measured.contractVersion(),
            measured.contract().version(),
            measured.dataset(),
            measured.trigger(),
            null,
            measured.params(),
            RunState.RUNNING,
            null,
            measured.start(),
            null,
            null);
    services.log().runStarted(run);
    Measurements m = new Measurements();
    m.putAll(Map.copyOf(measured.measurements()));
    CheckEvaluator evaluator =
        new CheckEvaluator(
            services.learned(),
            measured.dataset().toString(),
            measured.id().value(),
            measured.end());
    List<ResolvedCheck> resolved = new ArrayList<>();
    List<CheckOutcome> results = new ArrayList<>();
    Status status = Status.PASS;
    for (Check check : measured.checks()) {
      ResolvedCheck rc =
          new ResolvedCheck(check, measured.contract().checks().indexOf(check), List.of());
      resolved.add(rc);
      CheckOutcome o;
      try {
        o = evaluator.evaluate(rc, m, null);
      } catch (RuntimeException e) {
        o =
            CheckOutcome.error(
                check, rc.position(), "the window could not be judged: " + e.getMessage());
      }
      results.add(o);
      status = status.worst(o.status());
    }
    List<MetricObservation> metrics = RunMetrics.collect(resolved, Map.of(), m, measured.end());
    Run finished = run.finished(status, measured.end(), null);
    services.log().runFinished(finished, results, metrics, measured.end());
    return new RunResult(finished, results, metrics, null);
  }
}
