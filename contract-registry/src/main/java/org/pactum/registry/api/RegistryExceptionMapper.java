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
      LOG.error("schema registry store error {}: {}", e.errorCode(), e.getMessage(), e);
    }
    return ApiErrors.error(ApiDialect.CONFLUENT, e.httpStatus(), e.errorCode(), e.getMessage());
  }
}
