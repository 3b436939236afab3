package org.pactum.api.auth.authz;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiDialect;
import org.pactum.api.auth.filter.AuthRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MissingPrincipalException} as the edge answers a request without credentials: 401 with
 * the challenges, in the path's dialect. Logged as an error: a wiring mistake, not a caller's.
 */
public final class MissingPrincipalMapper implements ExceptionMapper<MissingPrincipalException> {
  private static final Logger LOG = LoggerFactory.getLogger(MissingPrincipalMapper.class);

  @Context private UriInfo uri;

  @Override
  public Response toResponse(MissingPrincipalException e) {
    LOG.atError()
        .addKeyValue("event", "principal_missing")
        .log("a resource asked for the caller's principal and the request has none: refused");
    return AuthRefusals.missing(dialect());
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
