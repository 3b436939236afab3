package org.pactum.lineage.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Jersey's own errors (unknown path 404, wrong method 405, unsupported media type 415, …) under the
 * paths an API {@linkplain #owns owns} → {@code {"error_code": <status × 100>, "message": …}};
 * elsewhere it declines. One subclass per API (lineage, erasure): Jersey registers a mapper class
 * once, so each bundle registers its own subclass and either bundle works alone or with the other.
 */
public abstract class JerseyErrorMapper
    implements ExtendedExceptionMapper<WebApplicationException> {
  @Context private UriInfo uriInfo;

  /** Whether the request is under the paths this API owns. */
  protected abstract boolean owns(UriInfo uriInfo);

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
