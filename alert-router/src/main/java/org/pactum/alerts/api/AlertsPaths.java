package org.pactum.alerts.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The alert router's API paths, and its error responses. */
public final class AlertsPaths {
  private AlertsPaths() {}

  /** Whether a request is for this module's API (its mappers decline all others). */
  public static boolean isAlertsRequest(UriInfo uri) {
    if (uri == null) {
      return false;
    }
    String p = uri.getPath();
    p = p.startsWith("/") ? p.substring(1) : p;
    return p.startsWith("api/v1/incidents")
        || p.startsWith("api/v1/silences")
        || p.startsWith("api/v1/alerts");
  }

  public static Response error(int status, int code, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(code, message))
        .build();
  }
}
