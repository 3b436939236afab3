package org.pactum.registry.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.dropwizard.jersey.jackson.JsonProcessingExceptionMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A request body that is not JSON, or not the JSON expected → 400 with {@code error_code} 400, as
 * Confluent answers. A body beyond the JSON parser's limits (string length, nesting) → 422 with
 * 42201. Outside the registry's paths, Dropwizard's own mapper answers.
 */
@Priority(Priorities.USER - 100)
public final class JsonBodyExceptionMapper implements ExceptionMapper<JsonProcessingException> {
  private final JsonProcessingExceptionMapper fallback = new JsonProcessingExceptionMapper();

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(JsonProcessingException e) {
    if (!RegistryPaths.isRegistryRequest(uriInfo)) {
      return fallback.toResponse(e);
    }
    if (e instanceof StreamConstraintsException) {
      return RegistryPaths.error(
          422,
          InvalidSchemaExceptionMapper.INVALID_SCHEMA,
          "Invalid request body: beyond the JSON parser's limits: " + e.getOriginalMessage());
    }
    StringBuilder message = new StringBuilder("Invalid JSON in request body: ");
    message.append(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      message.append(" (line ").append(at.getLineNr()).append(", column ");
      message.append(at.getColumnNr()).append(')');
    }
    return RegistryPaths.error(400, 400, message.toString());
  }
}
