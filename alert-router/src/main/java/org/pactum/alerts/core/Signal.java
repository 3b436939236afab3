package org.pactum.alerts.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One observation for the router: a check's verdict in one run (or, later, another source's event).
 *
 * @param source what produced it (e.g. {@code check-run})
 * @param contractId the contract
 * @param dataset the dataset key the check ran on
 * @param check the check name, stable across contract versions
 * @param checkType the check's type (e.g. {@code freshness}); inhibition keys on it
 * @param status the verdict
 * @param severity how bad a failure is, for routing
 * @param owner the contract's owner
 * @param tags the contract's tags, for routing
 * @param runId the run that produced it; one run's failures on one dataset are grouped
 * @param message a human sentence about the verdict
 * @param details extra facts (observed value, thresholds…) for the notification
 * @param link where to look (the run in Pactum)
 * @param observedAt when the verdict was reached
 */
public record Signal(
    String source,
    String contractId,
    String dataset,
    String check,
    String checkType,
    SignalStatus status,
    Severity severity,
    Owner owner,
    List<String> tags,
    String runId,
    String message,
    Map<String, Object> details,
    String link,
    Instant observedAt) {
  public Signal {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(observedAt, "observedAt");
    source = source == null ? "check-run" : source;
    dataset = dataset == null ? "" : dataset;
    checkType = checkType == null ? "" : checkType;
    severity = severity == null ? Severity.ERROR : severity;
    owner = owner == null ? Owner.NONE : owner;
    tags = tags == null ? List.of() : List.copyOf(tags);
    runId = runId == null ? "" : runId;
    message = message == null ? "" : message;
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  public String team() {
    return owner.team();
  }

  public IncidentKey key() {
    return new IncidentKey(contractId, check, dataset);
  }
}
