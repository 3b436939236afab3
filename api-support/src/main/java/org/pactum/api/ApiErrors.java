package org.pactum.api;

import jakarta.ws.rs.core.Response;

/** Error responses in the edge's one body shape ({@link ErrorMessage}). */
public final class ApiErrors {
  private ApiErrors() {}

  /** A Pactum-dialect error: {@code application/json}. */
  public static Response error(int status, int errorCode, String message) {
    return error(ApiDialect.PACTUM, status, errorCode, message);
  }

  /** An error in a dialect's media type; {@code errorCode} as given. */
  public static Response error(ApiDialect dialect, int status, int errorCode, String message) {
    return Response.status(status)
        .type(dialect.errorType())
        .entity(new ErrorMessage(errorCode, message))
        .build();
  }

  /** A generic failure: Pactum's code, or the status under Confluent's paths. */
  public static Response generic(ApiDialect dialect, int status, int pactumCode, String message) {
    return error(dialect, status, dialect.code(status, pactumCode), message);
  }
}
