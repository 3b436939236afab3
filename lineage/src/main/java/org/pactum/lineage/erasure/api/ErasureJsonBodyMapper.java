package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.pactum.lineage.api.LineagePaths;

/**
 * A body that is not JSON, under the erasure paths → 400 / 40001 with where the parser stopped. The
 * parser's own message is not echoed: it quotes the offending token, which may be a subject id.
 */
@Priority(Priorities.USER - 200)
public final class ErasureJsonBodyMapper
    implements ExtendedExceptionMapper<JsonProcessingException> {
  @Context private UriInfo uriInfo;

  @Override
  public boolean isMappable(JsonProcessingException e) {
    return ErasurePaths.isErasureRequest(uriInfo);
  }

  @Override
  public Response toResponse(JsonProcessingException e) {
    StringBuilder message = new StringBuilder("the request body is not valid JSON");
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      message.append(" (line ").append(at.getLineNr()).append(", column ");
      message.append(at.getColumnNr()).append(')');
    }
    return LineagePaths.error(400, 40001, message.toString());
  }
}
