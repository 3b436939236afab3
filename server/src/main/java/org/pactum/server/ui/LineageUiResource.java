package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.lineage.core.DatasetRef;

/**
 * A dataset's lineage page: {@code /ui/lineage/{namespace}/{dataset}}, or {@code
 * /ui/lineage?namespace=…&dataset=…} for a namespace with a {@code /} (an unaliased OpenLineage
 * namespace such as {@code postgres://host:5432}), which one path segment cannot carry: servers
 * refuse an encoded slash in a path.
 */
@Path("/ui/lineage")
@Produces(MediaType.TEXT_HTML)
public final class LineageUiResource {
  private final ContractLineage lineage;

  public LineageUiResource(ContractLineage lineage) {
    this.lineage = lineage;
  }

  @GET
  @Path("{namespace}/{dataset: .+}")
  @Requires(Action.READ)
  public Response dataset(
      @PathParam("namespace") String namespace, @PathParam("dataset") String dataset) {
    return page(namespace, dataset);
  }

  @GET
  @Requires(Action.READ)
  public Response datasetByQuery(
      @QueryParam("namespace") String namespace, @QueryParam("dataset") String dataset) {
    return page(namespace == null ? "" : namespace, dataset == null ? "" : dataset);
  }

  private Response page(String namespace, String dataset) {
    if (namespace.isBlank() || dataset.isBlank()) {
      return notFound(namespace + ":" + dataset);
    }
    DatasetRef ref = new DatasetRef(namespace, dataset);
    Optional<LineageView> view = lineage.pages().view(ref, lineage.contractOf(ref).orElse(null));
    return view.isPresent() ? Response.ok(view.get()).build() : notFound(ref.toString());
  }

  private static Response notFound(String dataset) {
    return Response.status(Response.Status.NOT_FOUND)
        .entity(new NotFoundView("No lineage is recorded for dataset " + dataset + "."))
        .build();
  }
}
