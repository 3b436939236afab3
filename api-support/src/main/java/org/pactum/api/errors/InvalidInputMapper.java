package org.pactum.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.api.InvalidInputException;

/** A broken input rule → 422 (body) or 400 (parameter), naming the field. */
public final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidInputException e) {
    return response(e, Dialects.of(uriInfo));
  }

  static Response response(InvalidInputException e, ApiDialect dialect) {
    return ApiErrors.generic(dialect, e.status(), e.code(), e.getMessage());
  }
}
