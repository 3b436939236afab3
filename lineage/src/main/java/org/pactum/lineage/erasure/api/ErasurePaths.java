package org.pactum.lineage.erasure.api;

import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import org.pactum.lineage.api.LineagePaths;

/**
 * The paths the erasure API owns: {@code /api/v1/erasure-requests…}, {@code /api/v1/erasure-audit}
 * and {@code /api/v1/erasure-sweeps…}. The generic mappers answer only under these, in Pactum's
 * error format ({@link LineagePaths#error}).
 */
final class ErasurePaths {
  static final String REQUESTS = "/api/v1/erasure-requests";
  private static final Pattern OWNED =
      Pattern.compile("^/?api/v1/(erasure-requests(/.*)?|erasure-audit/?|erasure-sweeps(/.*)?)$");

  private ErasurePaths() {}

  static boolean isErasureRequest(UriInfo uriInfo) {
    return LineagePaths.matches(OWNED, uriInfo);
  }
}
