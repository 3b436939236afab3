package org.pactum.checks.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Run;

/**
 * A run on the wire. {@code results} is present on a single run and in contract history, absent in
 * run listings; it is empty while the run is queued or running. The answer to {@code POST
 * /api/v1/runs} is the {@link #accepted accepted} view: the run's id, its state and where to poll
 * it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunJson(
    String runId,
    String contract,
    Integer contractVersion,
    String contractSemver,
    String dataset,
    String datasource,
    String trigger,
    String loadId,
    Map<String, String> params,
    String status,
    String queuedAt,
    String startedAt,
    String finishedAt,
    String error,
    List<ResultJson> results,
    Map<String, String> links) {

  /**
   * A run read back from the log.
   *
   * @param results its results, or null to leave them out (a listing)
   */
  static RunJson of(Run r, List<CheckOutcome> results) {
    String id = r.id().value();
    return new RunJson(
        id,
        r.contractId(),
        r.contractVersion(),
        r.contractSemver(),
        r.datasetText(),
        r.datasource(),
        r.trigger().wire(),
        r.loadId(),
        r.params(),
        r.state().name(),
        text(r.queuedAt()),
        text(r.startedAt()),
        text(r.finishedAt()),
        r.error(),
        results == null ? null : results.stream().map(ResultJson::of).toList(),
        Map.of("self", self(id)));
  }

  /**
   * This run as a caller sees it: with failed-row samples only when its role may read PII-bearing
   * material ({@link Action#READ_PII}).
   */
  RunJson shownTo(SecurityContext security) {
    if (results == null || Authorization.may(security, Action.READ_PII)) {
      return this;
    }
    return new RunJson(
        runId,
        contract,
        contractVersion,
        contractSemver,
        dataset,
        datasource,
        trigger,
        loadId,
        params,
        status,
        queuedAt,
        startedAt,
        finishedAt,
        error,
        results.stream().map(ResultJson::withoutSample).toList(),
        links);
  }

  /** A run just accepted: its id, its state and the link to poll. */
  static RunJson accepted(Run r) {
    String id = r.id().value();
    return new RunJson(
        id,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        r.state().name(),
        null,
        null,
        null,
        null,
        null,
        Map.of("self", self(id)));
  }

  static String self(String runId) {
    return UriBuilder.fromPath("/api/v1/runs/{id}").build(runId).toString();
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
