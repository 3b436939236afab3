package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.auth.authz.Requires;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.Trigger;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.registry.core.contract.CatalogContract;
import org.pactum.registry.core.contract.ContractVersion;
import org.pactum.registry.core.contract.CurrentCatalog;
import org.pactum.server.catalog.ContractFolders;

/**
 * The stewards' pages under {@code /ui/}: the contract list, a contract's quality history, a run's
 * results. Server-rendered; they work without JavaScript.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class UiResource {
  /** How many recent runs a contract's quality history shows. */
  static final int HISTORY_RUNS = 30;

  /** How many pages of runs the grid reads past a stream's windows for its table's runs. */
  static final int STREAM_SKIP_PAGES = 20;

  private final CurrentCatalog catalog;
  private final ContractFolders folders;
  private final RunHistory history;
  private final Function<DataContract, Optional<DatasetRef>> lineageOf;
  private final Function<String, List<ContractVersion>> versionsOf;

  /**
   * @param catalog the one catalog: every contract, whoever published it
   * @param folders the contracts folders, whose last load's problems the list shows
   * @param history the result log
   * @param lineage links a contract's page to its dataset's lineage page when the graph has it
   * @param versionsOf a contract's catalog versions, oldest first (none: an empty list)
   */
  public UiResource(
      CurrentCatalog catalog,
      ContractFolders folders,
      RunHistory history,
      ContractLineage lineage,
      Function<String, List<ContractVersion>> versionsOf) {
    this(catalog, folders, history, lineage::lineageOf, versionsOf);
  }

  private UiResource(
      CurrentCatalog catalog,
      ContractFolders folders,
      RunHistory history,
      Function<DataContract, Optional<DatasetRef>> lineageOf,
      Function<String, List<ContractVersion>> versionsOf) {
    this.catalog = catalog;
    this.folders = folders;
    this.history = history;
    this.lineageOf = lineageOf;
    this.versionsOf = versionsOf;
  }

  @GET
  @Requires(Action.READ)
  public Response root() {
    return Response.seeOther(URI.create("/ui/")).build();
  }

  /** Serves {@code /ui} and {@code /ui/}: the contract list with each one's latest run. */
  @GET
  @Path("ui")
  @Requires(Action.READ)
  public ContractsView contracts() {
    List<CatalogContract> all = catalog.all();
    Map<String, String> latest = new LinkedHashMap<>();
    List<String> ids = all.stream().map(CatalogContract::id).toList();
    history.latest(ids).forEach((id, run) -> latest.put(id, run.state().name()));
    return new ContractsView(all, folders.lastLoad(), latest);
  }

  /** A contract's promises and its quality history, whatever its status. */
  @GET
  @Path("ui/contracts/{id}")
  @Requires(Action.READ)
  public Response contract(@PathParam("id") String id) {
    Optional<CatalogContract> entry = catalog.find(id);
    if (entry.isEmpty()) {
      return notFound("No contract with id " + id + " is in the catalog.");
    }
    List<Run> runs = tableRuns(id);
    QualityGrid grid = QualityGrid.of(runs, history.results(runs.stream().map(Run::id).toList()));
    DataContract model = entry.get().loaded().contract();
    return Response.ok(
            new ContractView(
                ContractRow.of(entry.get()),
                model,
                grid,
                lineageOf.apply(model).orElse(null),
                VersionHistory.of(versionsOf.apply(id))))
        .build();
  }

  /**
   * The contract's newest runs on its table, up to {@link #HISTORY_RUNS}: a stream's windows have
   * their own page ({@code /ui/streams/{id}}) and would crowd the days out of the grid. Reads at
   * most {@value #STREAM_SKIP_PAGES} pages of runs past the stream's.
   */
  private List<Run> tableRuns(String contractId) {
    List<Run> out = new ArrayList<>();
    RunHistory.Position after = null;
    for (int page = 0; page < STREAM_SKIP_PAGES && out.size() < HISTORY_RUNS; page++) {
      List<Run> batch = history.list(contractId, null, null, after, RunHistory.MAX_PAGE);
      for (Run r : batch) {
        if (r.trigger() != Trigger.STREAM && out.size() < HISTORY_RUNS) {
          out.add(r);
        }
      }
      if (batch.size() < RunHistory.MAX_PAGE) {
        break;
      }
      after = RunHistory.Position.of(batch.get(batch.size() - 1));
    }
    return out;
  }

  /**
   * One run's results, with failed-row samples (PII masked when they were taken) for a role that
   * may read PII-bearing material.
   */
  @GET
  @Path("ui/runs/{id}")
  @Requires(Action.READ)
  public Response run(@Context SecurityContext security, @PathParam("id") String id) {
    Optional<Run> run = id.isBlank() ? Optional.empty() : history.find(new RunId(id));
    if (run.isEmpty()) {
      return notFound("No run with id " + id + " is in the result log.");
    }
    return Response.ok(
            new RunView(
                run.get(),
                history.results(run.get().id()),
                Authorization.may(security, Action.READ_PII)))
        .build();
  }

  private static Response notFound(String what) {
    return Response.status(Response.Status.NOT_FOUND).entity(new NotFoundView(what)).build();
  }
}
