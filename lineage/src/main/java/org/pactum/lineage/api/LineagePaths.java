package org.pactum.lineage.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/**
 * The paths the lineage API owns: {@code /api/v1/lineage…}. The generic exception mappers answer in
 * Pactum's error format only under these and decline elsewhere. The erasure API's paths ({@code
 * ErasurePaths}) are matched and answered the same way.
 */
public final class LineagePaths {
  private static final Pattern OWNED = Pattern.compile("^/?api/v1/lineage(/.*)?$");

  private LineagePaths() {}

  static boolean isLineageRequest(UriInfo uriInfo) {
    return matches(OWNED, uriInfo);
  }

  /** Whether the current request's path matches {@code owned}; false outside a request. */
  public static boolean matches(Pattern owned, UriInfo uriInfo) {
    if (uriInfo == null) {
      return false;
    }
    try {
      return owned.matcher(uriInfo.getPath(true)).matches();
    } catch (IllegalStateException e) {
      return false; // outside a request scope
    }
  }

  /** Pactum's JSON error response. */
  public static Response error(int status, int errorCode, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(errorCode, message))
        .build();
  }
}
