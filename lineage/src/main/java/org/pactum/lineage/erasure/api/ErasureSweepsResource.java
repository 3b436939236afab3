package org.pactum.lineage.erasure.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.lineage.erasure.core.ErasureException;
import org.pactum.lineage.erasure.core.ErasureException.Reason;
import org.pactum.lineage.erasure.core.ErasureStore;
import org.pactum.lineage.erasure.core.ReconciliationSweep;
import org.pactum.lineage.erasure.core.SweepReport;

/**
 * Reconciliation sweeps: {@code POST /api/v1/erasure-sweeps} runs one now and returns its report;
 * {@code GET /api/v1/erasure-sweeps/latest} shows the last one.
 */
@Path("/api/v1/erasure-sweeps")
@Produces(MediaType.APPLICATION_JSON)
public final class ErasureSweepsResource {
  private final ReconciliationSweep sweep;
  private final ErasureStore store;

  public ErasureSweepsResource(ReconciliationSweep sweep, ErasureStore store) {
    this.sweep = sweep;
    this.store = store;
  }

  @POST
  @Requires(Action.ERASURE)
  public SweepJson run() {
    return SweepJson.of(sweep.run("api"));
  }

  @GET
  @Path("latest")
  @Requires(Action.ERASURE_READ)
  public SweepJson latest() {
    SweepReport r =
        store
            .lastSweep()
            .orElseThrow(
                () -> new ErasureException(Reason.UNKNOWN_REQUEST, "no sweep has run yet"));
    return SweepJson.of(r);
  }
}
