package org.pactum.checks.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiErrors;
import org.pactum.checks.core.ChecksException;

/**
 * The check engine's refusals → status and {@code error_code}:
 *
 * <table>
 *   <tr><th>reason</th><th>HTTP</th><th>error_code</th></tr>
 *   <tr><td>unknown contract</td><td>404</td><td>40401</td></tr>
 *   <tr><td>unknown run</td><td>404</td><td>40402</td></tr>
 *   <tr><td>unknown check</td><td>404</td><td>40403</td></tr>
 *   <tr><td>run id queued or running</td><td>409</td><td>40901</td></tr>
 *   <tr><td>contract without a dataset</td><td>422</td><td>42201</td></tr>
 *   <tr><td>invalid field or parameter</td><td>422</td><td>42202</td></tr>
 *   <tr><td>run queue full</td><td>503 (Retry-After)</td><td>50301</td></tr>
 *   <tr><td>shutting down</td><td>503</td><td>50302</td></tr>
 * </table>
 */
public final class ChecksExceptionMapper implements ExceptionMapper<ChecksException> {
  static final int RETRY_AFTER_SECONDS = 30;

  @Override
  public Response toResponse(ChecksException e) {
    return switch (e.reason()) {
      case UNKNOWN_CONTRACT -> ApiErrors.error(404, 40401, e.getMessage());
      case UNKNOWN_RUN -> ApiErrors.error(404, 40402, e.getMessage());
      case UNKNOWN_CHECK -> ApiErrors.error(404, 40403, e.getMessage());
      case RUN_ACTIVE -> ApiErrors.error(409, 40901, e.getMessage());
      case NOT_CHECKED -> ApiErrors.error(409, 40902, e.getMessage());
      case NO_DATASET -> ApiErrors.error(422, 42201, e.getMessage());
      case INVALID_FIELD -> ApiErrors.error(422, 42202, e.getMessage());
      case QUEUE_FULL ->
          Response.fromResponse(ApiErrors.error(503, 50301, e.getMessage()))
              .header("Retry-After", RETRY_AFTER_SECONDS)
              .build();
      case SHUTTING_DOWN -> ApiErrors.error(503, 50302, e.getMessage());
    };
  }
}
