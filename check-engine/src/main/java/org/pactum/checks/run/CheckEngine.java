package org.pactum.checks.run;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import javax.sql.DataSource;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.MeasuredRun;
import org.pactum.checks.core.ResultLog;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunListener;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.judge.AnomalyThresholds;
import org.pactum.checks.judge.LearnedThresholds;
import org.pactum.checks.learn.BaselineProvider;
import org.pactum.checks.learn.HistoryBaselineProvider;
import org.pactum.checks.learn.MetricHistory;

/**
 * The check engine's front door: runs a contract's checks against its dataset and records the
 * results. Thread-safe; runs on different tables may proceed concurrently. Close it to stop its
 * timeout timer.
 *
 * <pre>{@code
 * JdbiCheckStore store = new JdbiCheckStore(jdbi);
 * CheckEngine engine = new CheckEngine(store, store, datasources::get, Clock.systemUTC(), EngineSettings.DEFAULTS);
 * RunResult result = engine.run(new RunRequest(null, contract, 3, Trigger.API, loadId, Map.of("since", since)));
 * }</pre>
 */
public final class CheckEngine implements AutoCloseable {
  private final EngineServices services;

  /**
   * An engine with the default learned-threshold seam: drift references from the metric history,
   * anomaly and drift criteria judged by the {@code anomaly} module ({@link AnomalyThresholds}).
   */
  public CheckEngine(
      ResultLog log,
      MetricHistory history,
      Function<String, DataSource> datasources,
      Clock clock,
      EngineSettings settings) {
    this(
        log,
        new HistoryBaselineProvider(history),
        new AnomalyThresholds(history),
        datasources,
        clock,
        settings);
  }

  public CheckEngine(
      ResultLog log,
      BaselineProvider baselines,
      LearnedThresholds learned,
      Function<String, DataSource> datasources,
      Clock clock,
      EngineSettings settings) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pactum-check-timeouts");
              t.setDaemon(true);
              return t;
            });
    this.services =
        new EngineServices(log, baselines, learned, datasources, clock, settings, timer);
  }

  public RunResult run(RunRequest request) {
    return run(request, RunListener.NONE);
  }

  /**
   * Judges data measured outside the engine (a stream window) with the same evaluator and records
   * it in the same result log; recording a run id again replaces that run.
   */
  public RunResult judge(MeasuredRun measured) {
    return new MeasuredRunJudge(services).judge(measured);
  }

  /**
   * Runs the request's checks. Never throws for warehouse problems: an unreachable datasource, a
   * missing table or column, a timeout or bad SQL is an ERROR result with a message.
   */
  public RunResult run(RunRequest request, RunListener listener) {
    return new CheckRun(services, request, null, listener == null ? RunListener.NONE : listener)
        .execute();
  }

  /** Runs a request the coordinator accepted as {@code queued}. */
  RunResult run(Run queued, RunRequest request) {
    return new CheckRun(services, request, queued, RunListener.NONE).execute();
  }

  @Override
  public void close() {
    services.timer().shutdownNow();
  }
}
