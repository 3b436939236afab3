package org.pactum.checks.run;

import java.util.function.Consumer;
import org.pactum.checks.core.MeasuredRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where measured runs (stream windows) enter the check engine: judged and stored by the engine,
 * then handed to the same listener as coordinated runs, so incidents, escalation and the quality
 * history treat a window like any run.
 */
public final class MeasuredRuns {
  private static final Logger LOG = LoggerFactory.getLogger(MeasuredRuns.class);

  private final CheckEngine engine;
  private final Consumer<RunResult> onRunFinished;

  public MeasuredRuns(CheckEngine engine, Consumer<RunResult> onRunFinished) {
    this.engine = engine;
    this.onRunFinished = onRunFinished;
  }

  /**
   * Judges, stores and announces a run. A store failure is thrown (the caller offers the run
   * again); a listener failure is logged, the run stays stored.
   */
  public RunResult record(MeasuredRun measured) {
    RunResult result = engine.judge(measured);
    try {
      onRunFinished.accept(result);
    } catch (RuntimeException e) {
      LOG.atWarn()
          .addKeyValue("event", "measured_run_listener_failed")
          .addKeyValue("run_id", measured.id().value())
          .addKeyValue("error", e.getClass().getSimpleName())
          .log("a measured run's listener failed; the run is stored");
    }
    return result;
  }
}
