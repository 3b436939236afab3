package org.pactum.registry.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.registry.core.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's domain exceptions (40401 … 42209, 50001) → Confluent's {@code {"error_code",
 * "message"}} with the HTTP status the code implies. Store failures are logged with their cause.
 */
public final class RegistryExceptionMapper implements ExceptionMapper<RegistryException> {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryExceptionMapper.class);

  @Override
  public Response toResponse(RegistryException e) {
    if (e.httpStatus() >= 500) {
      LOG.atError()
          .addKeyValue("event", "registry_store_error")
          .addKeyValue("error_code", e.errorCode())
          .addKeyValue("status", e.httpStatus())
          .setCause(e)
          .log("schema registry store error");
    }
    return ApiErrors.error(ApiDialect.CONFLUENT, e.httpStatus(), e.errorCode(), e.getMessage());
  }
}
