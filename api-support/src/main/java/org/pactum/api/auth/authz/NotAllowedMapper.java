package org.pactum.api.auth.authz;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiDialect;
import org.pactum.api.auth.NotAllowedException;
import org.pactum.api.auth.filter.AuthRefusals;

/**
 * A service's refusal ({@link NotAllowedException}: a producer outside its teams, an owner change
 * without admin) as the edge answers every authorization refusal: 403 in the path's dialect.
 */
public final class NotAllowedMapper implements ExceptionMapper<NotAllowedException> {
  @Context private UriInfo uri;

  @Override
  public Response toResponse(NotAllowedException e) {
    return AuthRefusals.notAllowed(dialect(), e.action());
  }

  private ApiDialect dialect() {
    if (uri == null) {
      return ApiDialect.PACTUM;
    }
    try {
      return ApiDialect.of(uri.getPath(true));
    } catch (IllegalStateException e) {
      return ApiDialect.PACTUM;
    }
  }
}
