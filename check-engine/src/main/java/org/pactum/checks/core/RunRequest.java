package org.pactum.checks.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pactum.contracts.model.DataContract;

/**
 * A request to check one contract's dataset, before any coordinator or engine has accepted it: the
 * contract document to run and the values to bind. Accepting it makes a {@link Run}.
 *
 * @param runId the caller's run id (repeating it replaces that run's results); null to have one
 *     generated here — the one place run ids are generated
 * @param contract the contract whose checks run
 * @param contractVersion the registry version of the contract the results are judged against
 * @param trigger who asked (null: {@link Trigger#API})
 * @param loadId the load being checked, or null; also bound as {@code :load_id} in {@code
 *     load_scope} unless {@code params} gives one
 * @param params values for the named parameters of the dataset's {@code load_scope} ({@code since},
 *     {@code until}, {@code load_id}); an {@link Instant} binds as a timestamp with time zone
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
    Instant observedAt) {
  public RunRequest {
    Objects.requireNonNull(contract, "contract");
    runId = runId == null ? RunId.generate() : runId;
    trigger = trigger == null ? Trigger.API : trigger;
    Map<String, Object> p = new LinkedHashMap<>(params == null ? Map.of() : params);
    if (loadId != null) {
      p.putIfAbsent("load_id", loadId);
    }
    params = Collections.unmodifiableMap(p);
  }

  /** A request whose data is observed when the run starts. */
  public RunRequest(
      RunId runId,
      DataContract contract,
      int contractVersion,
      Trigger trigger,
      String loadId,
      Map<String, Object> params) {
    this(runId, contract, contractVersion, trigger, loadId, params, null);
  }
}
