package org.pactum.lineage.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiErrors;
import org.pactum.lineage.core.LineageException;

/**
 * Lineage refusals → status and {@code error_code}:
 *
 * <table>
 *   <tr><th>reason</th><th>HTTP</th><th>error_code</th></tr>
 *   <tr><td>malformed OpenLineage event</td><td>400</td><td>40002</td></tr>
 *   <tr><td>invalid field or parameter (bad SQL, depth, direction)</td><td>422</td><td>42201</td></tr>
 *   <tr><td>unknown column</td><td>404</td><td>40401</td></tr>
 *   <tr><td>unknown dataset</td><td>404</td><td>40402</td></tr>
 *   <tr><td>unknown contract</td><td>404</td><td>40403</td></tr>
 * </table>
 */
public final class LineageExceptionMapper implements ExceptionMapper<LineageException> {
  @Override
  public Response toResponse(LineageException e) {
    return switch (e.reason()) {
      case INVALID_EVENT -> ApiErrors.error(400, 40002, e.getMessage());
      case INVALID_FIELD -> ApiErrors.error(422, 42201, e.getMessage());
      case UNKNOWN_COLUMN -> ApiErrors.error(404, 40401, e.getMessage());
      case UNKNOWN_DATASET -> ApiErrors.error(404, 40402, e.getMessage());
      case UNKNOWN_CONTRACT -> ApiErrors.error(404, 40403, e.getMessage());
    };
  }
}
