package org.pactum.registry.api;

import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else under the registry's paths → 500 with Confluent's 50001 and an id to find the
 * logged cause by; never SQL text or a stack trace.
 */
@Priority(Priorities.USER - 100)
public final class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
  private final LoggingExceptionMapper<Throwable> fallback = new LoggingExceptionMapper<>() {};

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Exception e) {
    if (!RegistryPaths.isRegistryRequest(uriInfo)) {
      return fallback.toResponse(e);
    }
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
    LOG.error("schema registry request failed, error id {}", id, e);
    return RegistryPaths.error(
        500, 50001, "Internal error in the schema registry; it has been logged with id " + id);
  }
}
