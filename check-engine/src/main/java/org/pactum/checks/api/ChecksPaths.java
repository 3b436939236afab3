package org.pactum.checks.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/**
 * The paths the check engine's API owns: {@code /api/v1/runs…}, {@code
 * /api/v1/contracts/{id}/results}, {@code /api/v1/contracts/{id}/checks/{check}/baseline-reset} and
 * {@code /api/v1/contracts/{id}/backfill}. The generic exception mappers (unknown path, bad JSON,
 * unexpected errors) answer in Pactum's error format only under these and decline elsewhere, so
 * other modules' error shapes (the registry's Confluent format) are untouched.
 */
final class ChecksPaths {
  private static final Pattern OWNED =
      Pattern.compile(
          "^/?api/v1/(runs(/.*)?|contracts/[^/]+/results/?"
              + "|contracts/[^/]+/checks/[^/]+/baseline-reset/?|contracts/[^/]+/backfill/?)$");

  private ChecksPaths() {}

  static boolean isChecksRequest(UriInfo uriInfo) {
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
