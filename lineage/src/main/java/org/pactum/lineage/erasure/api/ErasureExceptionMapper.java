package org.pactum.lineage.erasure.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiErrors;
import org.pactum.lineage.erasure.core.ErasureException;

/**
 * Erasure refusals → status and {@code error_code}:
 *
 * <table>
 *   <tr><th>reason</th><th>HTTP</th><th>error_code</th></tr>
 *   <tr><td>unknown request</td><td>404</td><td>40401</td></tr>
 *   <tr><td>request not resumable</td><td>409</td><td>40901</td></tr>
 *   <tr><td>invalid field</td><td>422</td><td>42201</td></tr>
 *   <tr><td>subject id does not match</td><td>422</td><td>42202</td></tr>
 *   <tr><td>shutting down</td><td>503</td><td>50301</td></tr>
 * </table>
 */
public final class ErasureExceptionMapper implements ExceptionMapper<ErasureException> {
  @Override
  public Response toResponse(ErasureException e) {
    return switch (e.reason()) {
      case UNKNOWN_REQUEST -> ApiErrors.error(404, 40401, e.getMessage());
      case NOT_RESUMABLE -> ApiErrors.error(409, 40901, e.getMessage());
      case INVALID_FIELD -> ApiErrors.error(422, 42201, e.getMessage());
      case SUBJECT_MISMATCH -> ApiErrors.error(422, 42202, e.getMessage());
      case SHUTTING_DOWN -> ApiErrors.error(503, 50301, e.getMessage());
    };
  }
}
