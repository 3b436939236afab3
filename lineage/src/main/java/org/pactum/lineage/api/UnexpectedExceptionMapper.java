package org.pactum.lineage.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.ThreadLocalRandom;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else under the lineage API's paths (the store unreachable, a bug) → 500 / 50001 with an
 * id to find the logged cause by; never SQL text or a stack trace. Elsewhere it declines.
 */
@Priority(Priorities.USER - 200)
public final class UnexpectedExceptionMapper implements ExtendedExceptionMapper<Exception> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public boolean isMappable(Exception e) {
    return LineagePaths.isLineageRequest(uriInfo);
  }

  @Override
  public Response toResponse(Exception e) {
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
    LOG.error("event=lineage_request_failed error_id={}", id, e);
    return LineagePaths.error(
        500, 50001, "internal error in the lineage API; it has been logged with id " + id);
  }
}
