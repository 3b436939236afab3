package org.pactum.checks.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.DataContract;

/**
 * A request to check one contract's dataset.
 *
 * @param runId the caller's run id (repeating it replaces that run's results), or null to generate
 *     one ({@link RunId#generate()})
 * @param contract the contract whose checks run
 * @param contractVersion the registry version of the contract the results are judged against
 * @param trigger who asked (null: {@link Trigger#API})
 * @param loadId the load being checked, or null; also bound as {@code :load_id} in {@code
 *     load_scope} unless {@code params} gives one
 * @param params values for the named parameters of the dataset's {@code load_scope} ({@code since},
 *     {@code until}, {@code load_id}); an {@link java.time.Instant} binds as a timestamp with time
 *     zone
 * @param observedAt when the measured data is from, or null for the run's start: a backfill of a
 *     past partition sets the partition's end, so its metrics are stored (and freshness and
 *     seasonality judged) at that time, not now
 */
public record RunRequest(
    RunId runId,
    DataContract contract,
    int contractVersion,
    Trigger trigger,
    String loadId,
    Map<String, Object> params,
    java.time.Instant observedAt) {
  public RunRequest {
    Objects.requireNonNull(contract, "contract");
    runId = runId == null ? RunId.generate() : runId;
    trigger = trigger == null ? Trigger.API : trigger;
    Map<String, Object> p = new LinkedHashMap<>(params == null ? Map.of() : params);
    if (loadId != null) {
      p.putIfAbsent("load_id", loadId);
    }
    params = java.util.Collections.unmodifiableMap(p);
  }

  public RunRequest(
      RunId runId,
      DataContract contract,
      int contractVersion,
      Trigger trigger,
      String loadId,
      Map<String, Object> params) {
    this(runId, contract, contractVersion, trigger, loadId, params, null);
  }

  public static RunRequest of(LoadedContract loaded, int contractVersion, Trigger trigger) {
    return new RunRequest(null, loaded.contract(), contractVersion, trigger, null, Map.of());
  }

  public RunRequest withRunId(RunId id) {
    return new RunRequest(id, contract, contractVersion, trigger, loadId, params, observedAt);
  }

  public RunRequest withParams(Map<String, Object> newParams) {
    return new RunRequest(runId, contract, contractVersion, trigger, loadId, newParams, observedAt);
  }
}
