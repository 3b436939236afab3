package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.lineage.erasure.core.AuditLog;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.ErasureStore;

/** The erasure pages: {@code /ui/erasures} and {@code /ui/erasures/{id}}. */
@Path("/ui/erasures")
@Produces(MediaType.TEXT_HTML)
public final class ErasuresUiResource {
  /** How many requests the list shows, newest first. */
  static final int LIMIT = 200;

  private final ErasureStore store;
  private final AuditLog audit;
  private final Clock clock;

  public ErasuresUiResource(ErasureStore store, AuditLog audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @GET
  @Requires(Action.ERASURE_READ)
  public ErasuresView list() {
    Instant now = clock.instant();
    return new ErasuresView(
        store.list(null, null, LIMIT).stream()
            .map(r -> ErasuresView.item(r, store.datasets(r.requestId()), now))
            .toList());
  }

  @GET
  @Path("{id}")
  @Requires(Action.ERASURE_READ)
  public Response request(@PathParam("id") String id) {
    Optional<ErasureRequest> found = parse(id).flatMap(store::find);
    if (found.isEmpty()) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(new NotFoundView("No erasure request with id " + id + "."))
          .build();
    }
    ErasureRequest r = found.get();
    var datasets = store.datasets(r.requestId());
    return Response.ok(
            new ErasureView(
                ErasuresView.item(r, datasets, clock.instant()),
                r,
                datasets,
                store.gaps(r.requestId()),
                audit.forRequest(r.requestId()),
                audit.verify()))
        .build();
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
