package org.pactum.lineage.erasure.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.ThreadLocalRandom;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.pactum.lineage.api.LineagePaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else under the erasure paths → 500 / 50001 with an id to find the log line by. The log
 * line names the exception's class and where it was thrown, not its message (which could quote a
 * request body holding a subject id).
 */
@Priority(Priorities.USER - 200)
public final class ErasureUnexpectedMapper implements ExtendedExceptionMapper<Exception> {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureUnexpectedMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public boolean isMappable(Exception e) {
    return ErasurePaths.isErasureRequest(uriInfo);
  }

  @Override
  public Response toResponse(Exception e) {
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
    StackTraceElement[] trace = e.getStackTrace();
    LOG.error(
        "event=erasure_api_error error_id={} error={} at={}",
        id,
        e.getClass().getName(),
        trace.length == 0 ? "?" : trace[0]);
    return LineagePaths.error(
        500, 50001, "internal error in the erasure API; it has been logged with id " + id);
  }
}
