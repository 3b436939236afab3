package org.pactum.api.errors;

import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.ApiDialect;

/** The dialect of the request a mapper answers. */
final class Dialects {
  private Dialects() {}

  static ApiDialect of(UriInfo uri) {
    if (uri == null) {
      return ApiDialect.PACTUM;
    }
    try {
      return ApiDialect.of(uri.getPath(true));
    } catch (IllegalStateException e) {
      return ApiDialect.PACTUM; // outside a request scope
    }
  }
}
