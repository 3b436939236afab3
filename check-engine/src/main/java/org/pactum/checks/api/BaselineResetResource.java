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
import java.util.List;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.learn.BaselineResets;
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

  private final BaselineResets baselineResets;

  public BaselineResetResource(BaselineResets baselineResets) {
    this.baselineResets = baselineResets;
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
  @Requires(Action.BASELINE_RESET)
  public Response reset(
      @PathParam("id") String contractId, @PathParam("check") String checkName, JsonNode body) {
    JsonBodies.requireObject(
        body, "{\"approved_by\": \"…\", \"reason\": \"…\", \"from_run\"?}", FIELDS);
    String approvedBy = text(body, "approved_by", true);
    String reason = text(body, "reason", true);
    String fromRun = text(body, "from_run", false);
    BaselineResets.Approved approved =
        baselineResets.approve(contractId, checkName, approvedBy, reason, fromRun);
    List<MetricKey> metrics = approved.metrics();
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
            approved.dataset(),
            metrics.stream()
                .map(k -> k.column().isEmpty() ? k.metric() : k.metric() + "(" + k.column() + ")")
                .toList(),
            approvedBy,
            approved.approvedAt().toString(),
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
