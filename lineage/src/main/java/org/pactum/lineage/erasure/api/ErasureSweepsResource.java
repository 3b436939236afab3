package org.pactum.lineage.erasure.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import org.pactum.lineage.erasure.ErasureRuntime;
import org.pactum.lineage.erasure.core.ErasureException;
import org.pactum.lineage.erasure.core.ErasureException.Reason;
import org.pactum.lineage.erasure.core.SweepReport;

/**
 * Reconciliation sweeps: {@code POST /api/v1/erasure-sweeps} runs one now and returns its report;
 * {@code GET /api/v1/erasure-sweeps/latest} shows the last one.
 */
@Path("/api/v1/erasure-sweeps")
@Produces(MediaType.APPLICATION_JSON)
public final class ErasureSweepsResource {
  private final Supplier<ErasureRuntime> runtime;

  public ErasureSweepsResource(Supplier<ErasureRuntime> runtime) {
    this.runtime = runtime;
  }

  @POST
  public SweepJson run() {
    return SweepJson.of(runtime.get().sweep().run("api"));
  }

  @GET
  @Path("latest")
  public SweepJson latest() {
    SweepReport r =
        runtime
            .get()
            .store()
            .lastSweep()
            .orElseThrow(
                () -> new ErasureException(Reason.UNKNOWN_REQUEST, "no sweep has run yet"));
    return SweepJson.of(r);
  }
}
