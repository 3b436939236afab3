package org.pactum.checks.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.pactum.checks.ChecksRuntime;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.LearnedMetrics;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-baselining on approval: {@code POST /api/v1/contracts/{id}/checks/{check}/baseline-reset}
 * {@code {"approved_by": "…", "reason": "…", "from_run"?: "…"}} → 201 with the approval. Training
 * of the check's learned baseline restarts at {@code from_run} (its loads become the new normal) or
 * at the approval; later verdicts name who approved it, when and why. 404 for an unknown contract
 * or check or an unknown {@code from_run}; 422 for a check without a learned baseline or a bad
 * body.
 */
@Path("/api/v1/contracts/{id}/checks/{check}/baseline-reset")
@Produces(MediaType.APPLICATION_JSON)
public final class BaselineResetResource {
  private static final Logger LOG = LoggerFactory.getLogger(BaselineResetResource.class);
  private static final List<String> FIELDS = List.of("approved_by", "reason", "from_run");
  private static final int MAX_TEXT = 1000;

  private final Supplier<ChecksRuntime> runtime;

  public BaselineResetResource(Supplier<ChecksRuntime> runtime) {
    this.runtime = runtime;
  }

  /** The stored approval. */
  public record Approval(
      @JsonProperty("contract") String contract,
      @JsonProperty("check") String check,
      @JsonProperty("dataset") String dataset,
      @JsonProperty("metrics") List<String> metrics,
      @JsonProperty("approved_by") String approvedBy,
      @JsonProperty("approved_at") String approvedAt,
      @JsonProperty("reason") String reason,
      @JsonProperty("from_run") String fromRun) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reset(
      @PathParam("id") String contractId, @PathParam("check") String checkName, JsonNode body) {
    JsonBodies.requireObject(
        body, "{\"approved_by\": \"…\", \"reason\": \"…\", \"from_run\"?}", FIELDS);
    String approvedBy = text(body, "approved_by", true);
    String reason = text(body, "reason", true);
    String fromRun = text(body, "from_run", false);
    ChecksRuntime rt = runtime.get();
    DataContract contract =
        rt.contracts()
            .find(contractId)
            .orElseThrow(
                () ->
                    new ChecksException(
                        Reason.UNKNOWN_CONTRACT,
                        "contract '" + contractId + "' is not in the catalog"))
            .contract();
    Check check =
        contract.checks().stream()
            .filter(c -> c.name().equals(checkName))
            .findFirst()
            .orElseThrow(
                () ->
                    new ChecksException(
                        Reason.UNKNOWN_CHECK,
                        "contract '" + contractId + "' has no check named '" + checkName + "'"));
    List<MetricKey> metrics = LearnedMetrics.of(check);
    if (metrics.isEmpty()) {
      throw invalid(
          "check '"
              + checkName
              + "' has no learned baseline to reset (only anomaly criteria and drift checks learn)");
    }
    if (contract.dataset() == null) {
      throw new ChecksException(
          Reason.NO_DATASET, "contract '" + contractId + "' has no dataset: nothing was learned");
    }
    String dataset = DatasetKey.textOf(contract);
    Instant now = rt.clock().instant();
    if (!rt.store().resetBaseline(dataset, metrics, approvedBy, reason, fromRun, now)) {
      throw new ChecksException(
          Reason.UNKNOWN_RUN,
          "from_run '" + fromRun + "' stored no metrics for contract '" + contractId + "'");
    }
    LOG.atInfo()
        .addKeyValue("event", "baseline_reset")
        .addKeyValue("contract", contractId)
        .addKeyValue("check", checkName)
        .addKeyValue("metrics", metrics.size())
        .addKeyValue("from_run", fromRun == null ? "-" : fromRun)
        .log("baseline reset");
    Approval a =
        new Approval(
            contractId,
            checkName,
            dataset,
            metrics.stream()
                .map(k -> k.column().isEmpty() ? k.metric() : k.metric() + "(" + k.column() + ")")
                .toList(),
            approvedBy,
            now.toString(),
            reason,
            fromRun);
    return Response.status(Response.Status.CREATED).entity(a).build();
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw invalid(field + ": required");
      }
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw invalid(field + ": must be a non-blank string");
    }
    if (v.asText().length() > MAX_TEXT) {
      throw invalid(field + ": longer than " + MAX_TEXT + " characters");
    }
    return v.asText();
  }

  private static ChecksException invalid(String message) {
    return JsonBodies.invalid(message);
  }
}
