package org.pactum.checks.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pactum.checks.core.StoredRun;

/**
 * A run on the wire. {@code results} is present on a single run and in contract history, absent in
 * run listings; it is empty while the run is queued or running.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunJson(
    String runId,
    String contract,
    int contractVersion,
    String contractSemver,
    String dataset,
    String datasource,
    String trigger,
    String loadId,
    Map<String, Object> params,
    String status,
    String queuedAt,
    String startedAt,
    String finishedAt,
    String error,
    List<ResultJson> results,
    Map<String, String> links) {

  static RunJson of(StoredRun r, boolean withResults) {
    return new RunJson(
        r.runId(),
        r.contractId(),
        r.contractVersion(),
        r.contractSemver(),
        r.dataset(),
        r.datasource(),
        r.trigger().wire(),
        r.loadId(),
        r.params(),
        r.state().name(),
        text(r.queuedAt()),
        text(r.startedAt()),
        text(r.finishedAt()),
        r.error(),
        withResults ? r.results().stream().map(ResultJson::of).toList() : null,
        Map.of("self", self(r.runId())));
  }

  static String self(String runId) {
    return UriBuilder.fromPath("/api/v1/runs/{id}").build(runId).toString();
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
