package org.pactum.registry.api;

import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jersey's own errors under the registry's paths (unknown path 404, wrong method 405, unsupported
 * media type 415, …) → {@code {"error_code": <status>, "message": …}}, as Confluent answers.
 */
@Priority(Priorities.USER - 100)
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {
  private final LoggingExceptionMapper<Throwable> fallback = new LoggingExceptionMapper<>() {};

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (!RegistryPaths.isRegistryRequest(uriInfo)) {
      return fallback.toResponse(e);
    }
    int status = e.getResponse().getStatus();
    String message =
        e.getMessage() == null ? Response.Status.fromStatusCode(status) + "" : e.getMessage();
    Response.ResponseBuilder b =
        Response.status(status)
            .type(RegistryPaths.ERROR_TYPE)
            .entity(new ErrorMessage(status, message));
    e.getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Allow")) {
                values.forEach(v -> b.header(name, v));
              }
            });
    return b.build();
  }
}
