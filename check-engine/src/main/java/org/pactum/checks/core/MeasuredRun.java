package org.pactum.checks.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;

/**
 * A run over data measured outside the engine — a window of a stream, counted as it flowed — to be
 * judged by the same evaluator as a warehouse scan and recorded in the same result log.
 *
 * @param id the run's id; recording the same id again replaces the run (a window offered twice)
 * @param contract the contract judged against
 * @param contractVersion its catalog version
 * @param dataset where the data was measured ({@code kafka:<topic>}); its own metric history, so a
 *     stream's baselines are never mixed with a table's
 * @param trigger who measured it
 * @param start the first instant measured (the run's start)
 * @param end the end of what was measured (the run's finish; its metrics are observed then)
 * @param params what the run is of, as text (the window's bounds)
 * @param checks the contract's checks the measurements can judge, in contract order
 * @param measurements the counts, by the engine's metric keys
 */
public record MeasuredRun(
    RunId id,
    DataContract contract,
    int contractVersion,
    DatasetKey dataset,
    Trigger trigger,
    Instant start,
    Instant end,
    Map<String, String> params,
    List<Check> checks,
    Map<MetricKey, Long> measurements) {
  public MeasuredRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    checks = List.copyOf(checks);
    measurements = Collections.unmodifiableMap(new LinkedHashMap<>(measurements));
    for (Check c : checks) {
      if (!contract.checks().contains(c)) {
        throw new IllegalArgumentException("check " + c.name() + " is not the contract's");
      }
    }
  }
}
