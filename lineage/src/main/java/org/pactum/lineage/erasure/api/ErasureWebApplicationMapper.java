package org.pactum.lineage.erasure.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.lineage.api.WebApplicationExceptionMapper;

/** Jersey's own errors under the erasure paths → {@code {"error_code": status × 100, …}}. */
@Priority(Priorities.USER - 200)
public final class ErasureWebApplicationMapper extends WebApplicationExceptionMapper {
  @Override
  protected boolean owns(UriInfo uriInfo) {
    return ErasurePaths.isErasureRequest(uriInfo);
  }
}
