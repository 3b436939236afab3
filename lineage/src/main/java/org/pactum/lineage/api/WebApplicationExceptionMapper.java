package org.pactum.lineage.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.UriInfo;

/** {@link JerseyErrorMapper} under the lineage API's paths ({@code /api/v1/lineage…}). */
@Priority(Priorities.USER - 200)
public final class WebApplicationExceptionMapper extends JerseyErrorMapper {
  @Override
  protected boolean owns(UriInfo uriInfo) {
    return LineagePaths.isLineageRequest(uriInfo);
  }
}
