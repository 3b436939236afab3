package org.pactum.checks.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.Ids;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.run.RunCoordinator;
import org.pactum.checks.run.RunParameters;
import org.pactum.contracts.model.DataContract;

/**
 * Run triggers and run lookups.
 *
 * <ul>
 *   <li>{@code POST /api/v1/runs} {@code {"contract", "run_id"?, "load_id"?, "params"?}} → 202 with
 *       the run id; the run executes asynchronously;
 *   <li>{@code GET /api/v1/runs/{id}} → the run with its results;
 *   <li>{@code GET /api/v1/runs?contract=&status=&since=&limit=&next=} → a page of runs, newest
 *       first, without results: {@code limit} 1–200 (default 50), {@code next} the previous page's
 *       cursor.
 * </ul>
 */
@Path("/api/v1/runs")
@Produces(MediaType.APPLICATION_JSON)
public final class RunsResource {
  private static final List<String> FIELDS = List.of("contract", "run_id", "load_id", "params");
  private static final int MAX_ID = 200;

  private final ContractSource contracts;
  private final RunCoordinator coordinator;
  private final RunHistory history;

  public RunsResource(ContractSource contracts, RunCoordinator coordinator, RunHistory history) {
    this.contracts = contracts;
    this.coordinator = coordinator;
    this.history = history;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.CHECK_RUN)
  public Response submit(JsonNode body) {
    JsonBodies.requireObject(
        body, "{\"contract\": \"…\", \"run_id\"?, \"load_id\"?, \"params\"?}", FIELDS);
    String contractId = text(body, "contract", true);
    String runId = Ids.check("run_id", text(body, "run_id", false));
    String loadId = text(body, "load_id", false);
    Map<String, Object> params = params(body.get("params"));

    CheckedContract cv =
        contracts
            .find(contractId)
            .orElseThrow(
                () ->
                    new ChecksException(
                        Reason.UNKNOWN_CONTRACT,
                        "contract '" + contractId + "' is not in the catalog"))
            .requireChecked();
    DataContract contract = cv.contract();
    if (contract.dataset() == null) {
      throw new ChecksException(
          Reason.NO_DATASET,
          "contract '" + contractId + "' has no dataset: there is nothing to check");
    }
    Map<String, Object> validated = RunParameters.validate(contract.dataset(), params, loadId);
    Run queued =
        coordinator.submit(
            new RunRequest(
                runId == null ? null : new RunId(runId),
                contract,
                cv.version(),
                Trigger.API,
                loadId,
                validated));
    RunJson accepted = RunJson.accepted(queued);
    return Response.accepted(accepted).location(URI.create(accepted.links().get("self"))).build();
  }

  @GET
  @Path("{id}")
  @Requires(Action.READ)
  public RunJson get(@Context SecurityContext security, @PathParam("id") String runId) {
    Optional<Run> run = runId.isBlank() ? Optional.empty() : history.find(new RunId(runId));
    return run.map(r -> RunJson.of(r, history.results(r.id())).shownTo(security))
        .orElseThrow(
            () -> new ChecksException(Reason.UNKNOWN_RUN, "run '" + runId + "' does not exist"));
  }

  @GET
  @Requires(Action.READ)
  public RunList list(
      @QueryParam("contract") String contract,
      @QueryParam("status") String status,
      @QueryParam("since") String since,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    PageRequest page = RunPages.request(RunPages.RUNS, limit, next);
    Page<RunJson> runs =
        RunPages.page(
                page,
                history.list(
                    contract == null || contract.isBlank() ? null : contract.strip(),
                    QueryParams.status(status),
                    QueryParams.since(since),
                    RunPages.after(page),
                    page.fetchSize()))
            .map(r -> RunJson.of(r, null));
    return new RunList(null, page.limit(), runs.items(), runs.next());
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw invalid(field + ": required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw invalid(field + ": must be a string");
    }
    String s = v.asText();
    if (s.isBlank()) {
      throw invalid(field + ": must not be blank");
    }
    if (s.length() > MAX_ID) {
      throw invalid(field + ": longer than " + MAX_ID + " characters");
    }
    if (s.chars().anyMatch(Character::isISOControl)) {
      throw invalid(field + ": must not contain control characters");
    }
    return s;
  }

  private static Map<String, Object> params(JsonNode node) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw invalid("params: must be an object of parameter names to values");
    }
    node.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              Object value;
              if (v.isNull()) {
                value = null;
              } else if (v.isTextual()) {
                value = v.asText();
              } else if (v.isIntegralNumber()) {
                value = v.canConvertToLong() ? (Object) v.asLong() : v.decimalValue();
              } else if (v.isNumber()) {
                value = v.decimalValue();
              } else if (v.isBoolean()) {
                value = v.asBoolean();
              } else {
                throw invalid("params." + e.getKey() + ": must be a string, a number or a boolean");
              }
              out.put(e.getKey(), value);
            });
    return out;
  }

  private static ChecksException invalid(String message) {
    return JsonBodies.invalid(message);
  }
}
