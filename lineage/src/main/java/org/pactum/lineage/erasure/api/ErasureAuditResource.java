package org.pactum.lineage.erasure.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.lineage.erasure.core.AuditLog;

/**
 * {@code GET /api/v1/erasure-audit}: re-walks the whole audit chain; names the first broken link.
 */
@Path("/api/v1/erasure-audit")
@Produces(MediaType.APPLICATION_JSON)
public final class ErasureAuditResource {
  private final AuditLog audit;

  public ErasureAuditResource(AuditLog audit) {
    this.audit = audit;
  }

  @GET
  @Requires(Action.ERASURE_READ)
  public AuditJson.ChainJson verify() {
    return AuditJson.ChainJson.of(audit.verify());
  }
}
