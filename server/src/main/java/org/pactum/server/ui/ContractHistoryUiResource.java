package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.registry.core.contract.ContractCatalogException;
import org.pactum.registry.core.contract.ContractError;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.ContractVersion;

/**
 * A contract's catalog history: {@code /ui/contracts/{id}/versions/{n}}, one version as it was
 * published, and {@code /ui/contracts/{id}/diff?from=&to=}, any two versions compared. A malformed
 * version number is a 400 page, an unknown contract or version a 404 page.
 *
 * <p>Rooted at {@code /} like {@link UiResource}: Jersey picks one root resource per request, so a
 * root at {@code /ui/contracts/{id}} would take the contract page's requests away from it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class ContractHistoryUiResource {
  private final ContractService contracts;

  public ContractHistoryUiResource(ContractService contracts) {
    this.contracts = contracts;
  }

  /** Every catalog version of a contract, oldest first; empty when it has none. */
  public List<ContractVersion> versionsOf(String id) {
    try {
      return contracts.versions(id);
    } catch (ContractCatalogException e) {
      if (isNotFound(e.error())) {
        return List.of();
      }
      throw e;
    }
  }

  @GET
  @Path("ui/contracts/{id}/versions/{n}")
  @Requires(Action.READ)
  public Response version(@PathParam("id") String id, @PathParam("n") String n) {
    OptionalInt number = VersionNumber.parse(n, false);
    if (number.isEmpty()) {
      return badRequest(VersionNumber.refusal("version", n), id);
    }
    List<ContractVersion> all = versionsOf(id);
    if (all.isEmpty()) {
      return notFound("No contract with id " + id + " is in the catalog.");
    }
    int wanted = number.getAsInt();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).versionNo() == wanted) {
        int previous = i > 0 ? all.get(i - 1).versionNo() : 0;
        int next = i + 1 < all.size() ? all.get(i + 1).versionNo() : 0;
        return Response.ok(new ContractVersionView(all.get(i), previous, next)).build();
      }
    }
    return notFound("Contract " + id + " has no version " + wanted + ".");
  }

  /**
   * @param to a version number or {@code latest}; absent: the latest
   * @param from a version number or {@code latest}; absent: the version before {@code to}
   */
  @GET
  @Path("ui/contracts/{id}/diff")
  @Requires(Action.READ)
  public Response diff(
      @PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
    OptionalInt f = VersionNumber.parse(from, true);
    OptionalInt t = VersionNumber.parse(to, true);
    if (f.isEmpty()) {
      return badRequest(VersionNumber.refusal("from", from), id);
    }
    if (t.isEmpty()) {
      return badRequest(VersionNumber.refusal("to", to), id);
    }
    List<ContractVersion> all = versionsOf(id);
    if (all.isEmpty()) {
      return notFound("No contract with id " + id + " is in the catalog.");
    }
    VersionHistory history = VersionHistory.of(all);
    int toNo = t.getAsInt() == VersionNumber.LATEST ? history.latest() : t.getAsInt();
    int fromNo = f.getAsInt() == VersionNumber.LATEST ? history.latest() : f.getAsInt();
    if (from == null || from.isBlank()) {
      fromNo = before(history, toNo);
    }
    Optional<ContractVersion> before = numbered(all, fromNo);
    Optional<ContractVersion> after = numbered(all, toNo);
    if (before.isEmpty() || after.isEmpty()) {
      int missing = before.isEmpty() ? fromNo : toNo;
      return notFound("Contract " + id + " has no version " + missing + ".");
    }
    try {
      return Response.ok(ContractDiffView.of(history, contracts.diff(before.get(), after.get())))
          .build();
    } catch (ContractCatalogException e) {
      if (isNotFound(e.error())) {
        return notFound(e.getMessage());
      }
      return Response.status(e.error().httpStatus())
          .entity(ContractDiffView.failed(id, history, fromNo, toNo, e.getMessage()))
          .build();
    }
  }

  /** The version before {@code n} in the history, or {@code n} itself when it is the first. */
  private static int before(VersionHistory history, int n) {
    return history.rows().stream()
        .filter(r -> r.versionNo() == n)
        .findFirst()
        .filter(VersionRow::hasPrevious)
        .map(VersionRow::previous)
        .orElse(n);
  }

  private static boolean isNotFound(ContractError error) {
    return error == ContractError.CONTRACT_NOT_FOUND || error == ContractError.VERSION_NOT_FOUND;
  }

  private static Response notFound(String what) {
    return Response.status(Response.Status.NOT_FOUND).entity(new NotFoundView(what)).build();
  }

  private static Response badRequest(String what, String id) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(new BadRequestView(what, id))
        .build();
  }

  private static Optional<ContractVersion> numbered(List<ContractVersion> all, int versionNo) {
    return all.stream().filter(v -> v.versionNo() == versionNo).findFirst();
  }
}
