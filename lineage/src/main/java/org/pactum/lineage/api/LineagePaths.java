package org.pactum.lineage.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/**
 * The paths the lineage API owns: {@code /api/v1/lineage…}. The generic exception mappers answer in
 * Pactum's error format only under these and decline elsewhere.
 */
final class LineagePaths {
  private static final Pattern OWNED = Pattern.compile("^/?api/v1/lineage(/.*)?$");

  private LineagePaths() {}

  static boolean isLineageRequest(UriInfo uriInfo) {
    if (uriInfo == null) {
      return false;
    }
    try {
      return OWNED.matcher(uriInfo.getPath(true)).matches();
    } catch (IllegalStateException e) {
      return false; // outside a request scope
    }
  }

  static Response error(int status, int errorCode, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(errorCode, message))
        .build();
  }
}
