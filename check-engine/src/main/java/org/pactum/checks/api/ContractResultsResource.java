package org.pactum.checks.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.core.RunId;

/**
 * A contract's quality history: {@code GET /api/v1/contracts/{id}/results?since=&limit=&next=} → a
 * page of its runs (every trigger) with their results, newest first, at most {@code limit} (default
 * 20, at most 200); {@code next} is the previous page's cursor. A contract no longer in the catalog
 * still shows the history it left; one that is neither in the catalog nor in the log is 404.
 */
@Path("/api/v1/contracts/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
public final class ContractResultsResource {
  private final ContractSource contracts;
  private final RunHistory history;

  public ContractResultsResource(ContractSource contracts, RunHistory history) {
    this.contracts = contracts;
    this.history = history;
  }

  @GET
  @Requires(Action.READ)
  public RunList history(
      @Context SecurityContext security,
      @PathParam("id") String contractId,
      @QueryParam("since") String since,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    PageRequest page = RunPages.request(RunPages.RESULTS, limit, next);
    List<Run> runs =
        history.list(
            contractId, null, QueryParams.since(since), RunPages.after(page), page.fetchSize());
    if (runs.isEmpty()
        && contracts.find(contractId).isEmpty()
        && history.list(contractId, null, null, 1).isEmpty()) {
      throw new ChecksException(
          Reason.UNKNOWN_CONTRACT,
          "contract '" + contractId + "' is not in the catalog and has no results");
    }
    Page<Run> shown = RunPages.page(page, runs);
    Map<RunId, List<CheckOutcome>> results =
        history.results(shown.items().stream().map(Run::id).toList());
    Page<RunJson> json =
        shown.map(r -> RunJson.of(r, results.getOrDefault(r.id(), List.of())).shownTo(security));
    return new RunList(contractId, page.limit(), json.items(), json.next());
  }
}
