package org.pactum.lineage.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A request body that is not JSON, under the lineage API's paths → 400 / 40001 with where the
 * parser stopped. Elsewhere it declines ({@link #isMappable}), so other modules' mappers answer.
 */
@Priority(Priorities.USER - 200)
public final class JsonBodyExceptionMapper
    implements ExtendedExceptionMapper<JsonProcessingException> {
  @Context private UriInfo uriInfo;

  @Override
  public boolean isMappable(JsonProcessingException e) {
    return LineagePaths.isLineageRequest(uriInfo);
  }

  @Override
  public Response toResponse(JsonProcessingException e) {
    StringBuilder message = new StringBuilder("the request body is not valid JSON: ");
    message.append(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      message.append(" (line ").append(at.getLineNr()).append(", column ");
      message.append(at.getColumnNr()).append(')');
    }
    return LineagePaths.error(400, 40001, message.toString());
  }
}
