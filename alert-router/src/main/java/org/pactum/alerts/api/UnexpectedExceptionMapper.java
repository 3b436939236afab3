package org.pactum.alerts.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.ThreadLocalRandom;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else under the alert router's paths → 500 / 50011 with an id; never SQL or a trace. */
@Priority(Priorities.USER - 200)
public final class UnexpectedExceptionMapper implements ExtendedExceptionMapper<Exception> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public boolean isMappable(Exception e) {
    return AlertsPaths.isAlertsRequest(uriInfo);
  }

  @Override
  public Response toResponse(Exception e) {
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
    LOG.error("event=alerts_request_failed error_id={}", id, e);
    return AlertsPaths.error(
        500, 50011, "internal error in the alert router; it has been logged with id " + id);
  }
}
