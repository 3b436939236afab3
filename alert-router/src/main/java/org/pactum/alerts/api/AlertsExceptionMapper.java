package org.pactum.alerts.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.alerts.core.AlertsException;
import org.pactum.api.ApiErrors;

/**
 * The alert router's refusals → status and {@code error_code}:
 *
 * <table>
 *   <tr><th>reason</th><th>HTTP</th><th>error_code</th></tr>
 *   <tr><td>unknown incident</td><td>404</td><td>40411</td></tr>
 *   <tr><td>unknown silence</td><td>404</td><td>40412</td></tr>
 *   <tr><td>incident already resolved</td><td>409</td><td>40911</td></tr>
 *   <tr><td>invalid field or parameter</td><td>422</td><td>42211</td></tr>
 * </table>
 */
public final class AlertsExceptionMapper implements ExceptionMapper<AlertsException> {
  @Override
  public Response toResponse(AlertsException e) {
    return switch (e.reason()) {
      case UNKNOWN_INCIDENT -> ApiErrors.error(404, 40411, e.getMessage());
      case UNKNOWN_SILENCE -> ApiErrors.error(404, 40412, e.getMessage());
      case INCIDENT_NOT_OPEN -> ApiErrors.error(409, 40911, e.getMessage());
      case INVALID_FIELD -> ApiErrors.error(422, 42211, e.getMessage());
    };
  }
}
