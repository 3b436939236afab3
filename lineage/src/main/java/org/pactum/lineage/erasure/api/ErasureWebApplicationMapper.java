package org.pactum.lineage.erasure.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/** Jersey's own errors under the erasure paths → {@code {"error_code": status × 100, …}}. */
@Priority(Priorities.USER - 200)
public final class ErasureWebApplicationMapper
    implements ExtendedExceptionMapper<WebApplicationException> {
  @Context private UriInfo uriInfo;

  @Override
  public boolean isMappable(WebApplicationException e) {
    return ErasurePaths.isErasureRequest(uriInfo);
  }

  @Override
  public Response toResponse(WebApplicationException e) {
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
        Response.fromResponse(ErasurePaths.error(status, status * 100, message));
    String allow = e.getResponse().getHeaderString("Allow");
    if (allow != null) {
      b.header("Allow", allow);
    }
    return b.build();
  }
}
