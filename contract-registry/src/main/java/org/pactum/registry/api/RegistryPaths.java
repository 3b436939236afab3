package org.pactum.registry.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/**
 * The root paths the Confluent API owns. The generic exception mappers (unknown path, bad JSON,
 * unexpected errors) answer in Confluent's format only under these; elsewhere in the application
 * they defer to Dropwizard's own mappers.
 */
final class RegistryPaths {
  static final Set<String> ROOTS = Set.of("subjects", "schemas", "config", "mode", "compatibility");
  static final MediaType ERROR_TYPE = MediaType.valueOf(RegistryMediaTypes.V1_JSON);

  private RegistryPaths() {}

  static boolean isRegistryRequest(UriInfo uriInfo) {
    if (uriInfo == null) {
      return false;
    }
    try {
      String path = uriInfo.getPath(true);
      if (path.startsWith("/")) {
        path = path.substring(1);
      }
      int slash = path.indexOf('/');
      return ROOTS.contains(slash < 0 ? path : path.substring(0, slash));
    } catch (IllegalStateException e) {
      return false; // outside a request scope
    }
  }

  static Response error(int status, int errorCode, String message) {
    return Response.status(status)
        .type(ERROR_TYPE)
        .entity(new ErrorMessage(errorCode, message))
        .build();
  }
}
