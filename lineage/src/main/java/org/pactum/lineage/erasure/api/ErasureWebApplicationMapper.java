package org.pactum.lineage.erasure.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.lineage.api.JerseyErrorMapper;

/** {@link JerseyErrorMapper} under the erasure paths ({@link ErasurePaths}). */
@Priority(Priorities.USER - 200)
public final class ErasureWebApplicationMapper extends JerseyErrorMapper {
  @Override
  protected boolean owns(UriInfo uriInfo) {
    return ErasurePaths.isErasureRequest(uriInfo);
  }
}
