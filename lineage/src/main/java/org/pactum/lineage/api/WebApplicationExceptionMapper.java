package org.pactum.lineage.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Jersey's own errors under the lineage API's paths (unknown path 404, wrong method 405,
 * unsupported media type 415, …) → {@code {"error_code": <status × 100>, "message": …}}. Elsewhere
 * it declines. The erasure API's mapper is this one under its own paths ({@link #owns}): a
 * subclass, because Jersey registers a mapper class once and each bundle registers its own.
 */
@Priority(Priorities.USER - 200)
public class WebApplicationExceptionMapper
    implements ExtendedExceptionMapper<WebApplicationException> {
  @Context private UriInfo uriInfo;

  /** Whether the request is under the paths this mapper answers for. */
  protected boolean owns(UriInfo uriInfo) {
    return LineagePaths.isLineageRequest(uriInfo);
  }

  @Override
  public final boolean isMappable(WebApplicationException e) {
    return owns(uriInfo);
  }

  @Override
  public final Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String message =
        switch (status) {
          case 404 -> "no such resource: " + uriInfo.getPath(true);
          case 405 -> "method not allowed on " + uriInfo.getPath(true);
          case 415 -> "unsupported media type: send application/json";
          default -> known == null ? "request failed with HTTP " + status : known.getReasonPhrase();
        };
    Response.ResponseBuilder b =
        Response.fromResponse(LineagePaths.error(status, status * 100, message));
    String allow = e.getResponse().getHeaderString("Allow");
    if (allow != null) {
      b.header("Allow", allow);
    }
    return b.build();
  }
}
