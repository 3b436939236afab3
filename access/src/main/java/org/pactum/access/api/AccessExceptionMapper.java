package org.pactum.access.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.access.core.AccessException;
import org.pactum.api.ApiErrors;

/**
 * The token API's refusals → status and {@code error_code}:
 *
 * <table>
 *   <tr><th>reason</th><th>HTTP</th><th>error_code</th></tr>
 *   <tr><td>not an administrator</td><td>403</td><td>40302</td></tr>
 *   <tr><td>no such token (not revoked)</td><td>404</td><td>40401</td></tr>
 *   <tr><td>a token of that name exists</td><td>409</td><td>40901</td></tr>
 *   <tr><td>invalid field or parameter</td><td>422</td><td>42201</td></tr>
 * </table>
 */
public final class AccessExceptionMapper implements ExceptionMapper<AccessException> {
  @Override
  public Response toResponse(AccessException e) {
    return switch (e.reason()) {
      case NOT_ADMIN -> ApiErrors.error(403, 40302, e.getMessage());
      case UNKNOWN_TOKEN -> ApiErrors.error(404, 40401, e.getMessage());
      case NAME_TAKEN -> ApiErrors.error(409, 40901, e.getMessage());
      case INVALID_FIELD -> ApiErrors.error(422, 42201, e.getMessage());
    };
  }
}
