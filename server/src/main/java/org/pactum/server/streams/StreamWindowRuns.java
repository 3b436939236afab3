package org.pactum.server.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.MeasuredRun;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.run.MeasuredRuns;
import org.pactum.streams.core.window.ClosedWindow;
import org.pactum.streams.core.window.Counter;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSink;
import org.pactum.streams.run.BoundStream;

/**
 * Each closed window of a binding becomes a check run (trigger {@code stream}, dataset {@code
 * kafka:<input topic>}, run id {@code stream:<contract>:<window start>} so a window offered again
 * replaces its run): every counter of the plan is a measurement (0 when the window saw none), the
 * plan's checks are judged, and the run reaches incidents and alerts like any other.
 */
public final class StreamWindowRuns implements WindowSink {
  /** The datasource name of a stream's dataset key. */
  public static final String DATASOURCE = "kafka";

  private final BoundStream bound;
  private final WindowPlan plan;
  private final MeasuredRuns runs;

  public StreamWindowRuns(BoundStream bound, WindowPlan plan, MeasuredRuns runs) {
    this.bound = bound;
    this.plan = plan;
    this.runs = runs;
  }

  /** The dataset a binding's windows are recorded under. */
  public static DatasetKey dataset(String inputTopic) {
    return new DatasetKey(DATASOURCE, inputTopic);
  }

  /** The run id of a binding's window. */
  public static RunId runId(String contractId, ClosedWindow w) {
    return new RunId("stream:" + contractId + ":" + w.start());
  }

  @Override
  public void closed(ClosedWindow window) {
    Map<MetricKey, Long> measured = new LinkedHashMap<>();
    for (Counter c : plan.counters()) {
      measured.put(new MetricKey(c.metric(), c.column(), c.check()), window.tally().get(c));
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("window_start", window.start().toString());
    params.put("window_end", window.end().toString());
    params.put("input_topic", bound.binding().inputTopic());
    runs.record(
        new MeasuredRun(
            runId(bound.contractId(), window),
            bound.contract(),
            bound.contractVersion(),
            dataset(bound.binding().inputTopic()),
            Trigger.STREAM,
            window.start(),
            window.end(),
            params,
            plan.judged(),
            measured));
  }
}
