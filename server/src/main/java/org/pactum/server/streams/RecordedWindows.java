package org.pactum.server.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.learn.MetricHistory;
import org.pactum.checks.learn.StoredMetric;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.window.Counter;
import org.pactum.streams.run.WindowHistory;
import org.pactum.streams.run.WindowSummary;

/**
 * A binding's recorded windows, read back from the check result log: its stream runs (verdicts) and
 * the stream counters each run stored as metrics on the binding's dataset.
 */
public final class RecordedWindows implements WindowHistory {
  private final RunHistory runs;
  private final MetricHistory metrics;

  public RecordedWindows(RunHistory runs, MetricHistory metrics) {
    this.runs = runs;
    this.metrics = metrics;
  }

  @Override
  public List<WindowSummary> recent(Binding binding, int limit) {
    String dataset = StreamWindowRuns.dataset(binding.inputTopic()).toString();
    Map<String, Map<Counter, Double>> byRun = new LinkedHashMap<>();
    Map<String, Instant> observed = new HashMap<>();
    List<Counter> read =
        new ArrayList<>(
            List.of(Counter.RECORDS, Counter.PASSED, Counter.DEAD_LETTERED, Counter.ERASED));
    for (ErrorClass e : ErrorClass.values()) {
      if (e != ErrorClass.CHECK_FAILED) {
        read.add(Counter.undecodable(e));
      }
    }
    for (Counter c : read) {
      for (StoredMetric m : metrics.recent(dataset, c.metric(), c.column(), limit, null)) {
        byRun.computeIfAbsent(m.runId(), k -> new HashMap<>()).put(c, m.value());
        observed.putIfAbsent(m.runId(), m.observedAt());
      }
    }
    if (byRun.isEmpty()) {
      return List.of();
    }
    Instant oldest = observed.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    Map<String, Run> stream = new HashMap<>();
    for (Run r :
        runs.list(binding.contractId(), null, oldest.minusSeconds(86_400), RunHistory.MAX_PAGE)) {
      if (r.trigger() == Trigger.STREAM && dataset.equals(r.datasetText())) {
        stream.put(r.id().value(), r);
      }
    }
    List<WindowSummary> out = new ArrayList<>();
    for (Map.Entry<String, Map<Counter, Double>> e : byRun.entrySet()) {
      Run run = stream.get(e.getKey());
      if (run == null || run.finishedAt() == null) {
        continue;
      }
      Map<Counter, Double> v = e.getValue();
      Map<String, Long> undecodable = new LinkedHashMap<>();
      for (ErrorClass c : ErrorClass.values()) {
        long n = count(v, Counter.undecodable(c));
        if (c != ErrorClass.CHECK_FAILED && n > 0) {
          undecodable.put(c.name().toLowerCase(Locale.ROOT), n);
        }
      }
      out.add(
          new WindowSummary(
              run.startedAt(),
              run.finishedAt(),
              run.id().value(),
              run.state().verdict().name(),
              count(v, Counter.RECORDS),
              count(v, Counter.PASSED),
              count(v, Counter.DEAD_LETTERED),
              count(v, Counter.ERASED),
              undecodable));
    }
    out.sort(Comparator.comparing(WindowSummary::start).reversed());
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private static long count(Map<Counter, Double> v, Counter c) {
    Double d = v.get(c);
    return d == null ? 0 : Math.round(d);
  }
}
