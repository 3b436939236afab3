package org.pactum.lineage.erasure.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/**
 * The paths the erasure API owns: {@code /api/v1/erasure-requests…}, {@code /api/v1/erasure-audit}
 * and {@code /api/v1/erasure-sweeps…}. The generic mappers answer only under these.
 */
final class ErasurePaths {
  static final String REQUESTS = "/api/v1/erasure-requests";
  private static final Pattern OWNED =
      Pattern.compile("^/?api/v1/(erasure-requests(/.*)?|erasure-audit/?|erasure-sweeps(/.*)?)$");

  private ErasurePaths() {}

  static boolean isErasureRequest(UriInfo uriInfo) {
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
